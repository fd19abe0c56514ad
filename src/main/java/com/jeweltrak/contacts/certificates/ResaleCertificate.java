package com.jeweltrak.contacts.certificates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.tenancy.UserId;

/** A wholesale customer's state sales-tax (resale) permit on file (07-contacts §Resale Certificates). */
public record ResaleCertificate(
        CertificateId id,
        ContactId contact,
        String state,
        String permitNumber,
        LocalDate issuedOn,
        /** null: the state's permits do not expire */
        LocalDate expiresOn,
        FileId document,
        /** null until someone checks the permit against the state's portal */
        Verification verification,
        String notes,
        CertificateId supersededBy,
        Instant supersededAt,
        Instant createdAt) {

    /** R6: how far ahead a certificate's expiry is announced. */
    public static final int WARNING_DAYS = 30;

    /** The last check against the state's portal: who, when, what it said, where (R2). */
    public record Verification(Instant at, UserId by, String byName, VerificationResult result, String source) {
    }

    public boolean superseded() {
        return supersededAt != null;
    }

    public CertificateStatus status(LocalDate today) {
        if (superseded()) return CertificateStatus.SUPERSEDED;
        if (expiresOn != null && today.isAfter(expiresOn)) return CertificateStatus.EXPIRED;
        if (verification == null) return CertificateStatus.UNVERIFIED;
        if (verification.result() != VerificationResult.VALID) return CertificateStatus.INVALID;
        if (expiresWithinWarning(today)) return CertificateStatus.EXPIRING_SOON;
        return CertificateStatus.VALID;
    }

    /** Days from today until the expiry date (negative once expired); empty when it never expires. */
    public Optional<Long> daysToExpiry(LocalDate today) {
        return expiresOn == null ? Optional.empty() : Optional.of(ChronoUnit.DAYS.between(today, expiresOn));
    }

    /** R6: "expires in N days" within the warning window, "expired" after; nothing for a superseded one. */
    public Optional<String> expiryWarning(LocalDate today) {
        if (superseded()) return Optional.empty();
        return daysToExpiry(today).flatMap(days -> {
            if (days < 0) return Optional.of("expired");
            if (days > WARNING_DAYS) return Optional.empty();
            if (days == 0) return Optional.of("expires today");
            return Optional.of("expires in " + days + (days == 1 ? " day" : " days"));
        });
    }

    /**
     * R3, R4, R6: exempts a sale in {@code saleState} on {@code saleDate} when it is for that state, verified
     * valid, in force on that date (issued by then, not yet expired), and not replaced (R8).
     */
    public boolean qualifiesFor(String saleState, LocalDate saleDate) {
        return !superseded()
                && state.equalsIgnoreCase(saleState == null ? "" : saleState.trim())
                && verification != null && verification.result() == VerificationResult.VALID
                && (issuedOn == null || !saleDate.isBefore(issuedOn))
                && (expiresOn == null || !saleDate.isAfter(expiresOn));
    }

    private boolean expiresWithinWarning(LocalDate today) {
        return expiresOn != null && ChronoUnit.DAYS.between(today, expiresOn) <= WARNING_DAYS;
    }
}
