package com.jeweltrak.contacts.certificates.web;

import java.time.LocalDate;

import com.jeweltrak.contacts.certificates.CertificateDetails;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** A certificate to add, or the replacement of one. The document is attached with PUT …/{id}/document. */
record CertificateRequest(
        @Schema(example = "CA") @NotBlank(message = "Name the state or territory that issued the permit.") String state,
        @Schema(example = "SR-AB-123-456789") @NotBlank(message = "Enter the permit number.") String permitNumber,
        LocalDate issuedOn,
        @Schema(description = "Leave out when the state's permits do not expire") LocalDate expiresOn,
        String notes) {

    CertificateDetails toDetails() {
        return new CertificateDetails(state, permitNumber, issuedOn, expiresOn, notes);
    }
}
