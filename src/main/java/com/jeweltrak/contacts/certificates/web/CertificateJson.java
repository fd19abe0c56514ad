package com.jeweltrak.contacts.certificates.web;

import java.time.Instant;
import java.time.LocalDate;

import com.jeweltrak.contacts.certificates.ResaleCertificate;
import io.swagger.v3.oas.annotations.media.Schema;

/** A resale certificate over the API; {@code status} and {@code expiryWarning} are as of today in the caller's store. */
record CertificateJson(
        long id,
        long contactId,
        @Schema(description = "Two-letter US state or territory code", example = "CA") String state,
        String stateName,
        String permitNumber,
        LocalDate issuedOn,
        @Schema(description = "null when the state's permits do not expire") LocalDate expiresOn,
        @Schema(description = "VALID, EXPIRING_SOON (expires within 30 days), EXPIRED, UNVERIFIED, INVALID (portal said "
                + "invalid or not found) or SUPERSEDED; only VALID and EXPIRING_SOON exempt a sale")
        String status,
        @Schema(description = "\"expires in N days\" within 30 days of expiry, \"expired\" after; null otherwise",
                example = "expires in 12 days") String expiryWarning,
        Long daysToExpiry,
        Document document,
        Verification verification,
        @Schema(description = "The state's official verification portal; null when unknown (look it up)") Portal verificationPortal,
        String notes,
        @Schema(description = "The certificate that replaced this one") Long supersededBy,
        Instant supersededAt,
        Instant createdAt) {

    record Document(String fileName, String contentType, long size, String sha256,
                    @Schema(description = "GET it with the same bearer token") String url) {
    }

    record Verification(Instant verifiedAt, long verifiedBy, String verifiedByName,
                        @Schema(description = "VALID, INVALID or NOT_FOUND") String result, String source) {
    }

    record Portal(String name, String url) {
    }

    static CertificateJson of(CertificateView v) {
        ResaleCertificate c = v.certificate();
        long contact = c.contact().value();
        return new CertificateJson(c.id().value(), contact, c.state(), v.state().name(), c.permitNumber(), c.issuedOn(),
                c.expiresOn(), v.status().name(), v.warning(), v.daysToExpiry(),
                v.document() == null ? null : new Document(v.document().fileName(), v.document().contentType(),
                        v.document().size(), v.document().sha256(),
                        "/api/v1/contacts/" + contact + "/certificates/" + c.id() + "/document"),
                c.verification() == null ? null : new Verification(c.verification().at(), c.verification().by().value(),
                        c.verification().byName(), c.verification().result().name(), c.verification().source()),
                v.state().hasPortal() ? new Portal(v.state().portalName(), v.state().portalUrl()) : null,
                c.notes(), c.supersededBy() == null ? null : c.supersededBy().value(), c.supersededAt(), c.createdAt());
    }
}
