package com.jeweltrak.contacts.certificates;

import java.time.Instant;
import java.time.LocalDate;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.tenancy.UserId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The status and expiry warning a certificate shows (07-contacts §Resale Certificates R2, R6, R8). */
class CertificateStatusTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    // R6: the system warns 30 days before expiration, saying how many days are left
    @Test
    void aCertificateExpiringWithinThirtyDaysWarnsWithTheDaysLeft() {
        ResaleCertificate c = verified(TODAY.plusDays(14));

        assertThat(c.status(TODAY)).isEqualTo(CertificateStatus.EXPIRING_SOON);
        assertThat(c.expiryWarning(TODAY)).contains("expires in 14 days");
    }

    // R6: no warning while more than 30 days are left
    @Test
    void aCertificateWithMoreThanThirtyDaysLeftIsValidWithoutWarning() {
        ResaleCertificate c = verified(TODAY.plusDays(31));

        assertThat(c.status(TODAY)).isEqualTo(CertificateStatus.VALID);
        assertThat(c.expiryWarning(TODAY)).isEmpty();
        assertThat(verified(TODAY.plusDays(30)).status(TODAY)).isEqualTo(CertificateStatus.EXPIRING_SOON);
    }

    // R6: after its expiry date a certificate shows "expired"
    @Test
    void anExpiredCertificateSaysExpired() {
        ResaleCertificate c = verified(TODAY.minusDays(1));

        assertThat(c.status(TODAY)).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(c.expiryWarning(TODAY)).contains("expired");
        assertThat(verified(TODAY).expiryWarning(TODAY)).contains("expires today");
    }

    // R2: unchecked is UNVERIFIED; a permit the portal refused or could not find is INVALID
    @Test
    void aCertificateIsUnverifiedUntilCheckedAndInvalidWhenThePortalSaidSo() {
        assertThat(certificate(TODAY.plusYears(1), null, null).status(TODAY)).isEqualTo(CertificateStatus.UNVERIFIED);
        assertThat(certificate(TODAY.plusYears(1), VerificationResult.INVALID, null).status(TODAY)).isEqualTo(CertificateStatus.INVALID);
        assertThat(certificate(TODAY.plusYears(1), VerificationResult.NOT_FOUND, null).status(TODAY)).isEqualTo(CertificateStatus.INVALID);
    }

    // R8: a replaced certificate shows as superseded and warns about nothing
    @Test
    void aSupersededCertificateIsSupersededWithoutWarning() {
        ResaleCertificate c = certificate(TODAY.minusDays(3), VerificationResult.VALID, Instant.parse("2026-11-01T10:00:00Z"));

        assertThat(c.status(TODAY)).isEqualTo(CertificateStatus.SUPERSEDED);
        assertThat(c.expiryWarning(TODAY)).isEmpty();
    }

    private static ResaleCertificate verified(LocalDate expiresOn) {
        return certificate(expiresOn, VerificationResult.VALID, null);
    }

    private static ResaleCertificate certificate(LocalDate expiresOn, VerificationResult result, Instant supersededAt) {
        var verification = result == null ? null
                : new ResaleCertificate.Verification(Instant.parse("2026-10-01T15:00:00Z"), new UserId(1), "Olivia Owner", result, null);
        return new ResaleCertificate(new CertificateId(1), new ContactId(1), "CA", "SR-1", null, expiresOn, null,
                verification, null, null, supersededAt, Instant.parse("2026-01-01T00:00:00Z"));
    }
}
