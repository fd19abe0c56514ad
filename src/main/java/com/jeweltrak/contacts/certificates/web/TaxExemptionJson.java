package com.jeweltrak.contacts.certificates.web;

import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.contacts.QualifyingCertificate;
import io.swagger.v3.oas.annotations.media.Schema;

/** What an invoice to this customer would get (R3, R4, R6). */
record TaxExemptionJson(
        long contactId,
        @Schema(description = "The state asked about; null when none was given") String state,
        LocalDate date,
        @Schema(description = "With a state: whether a sale there on that date is exempt. Without one: whether any state's is")
        boolean exempt,
        @Schema(description = "The certificate the exemption rests on (one per state; the invoice keeps its id)")
        List<QualifyingCertificate> certificates) {
}
