package com.jeweltrak.contacts.certificates;

import java.time.LocalDate;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.QualifyingCertificate;
import com.jeweltrak.contacts.ResaleExemption;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** What an invoice gets from {@link ResaleExemption#forSale} (07-contacts §Resale Certificates R3, R4, R6, R8). */
@IntegrationTest
class ResaleExemptionTests {

    static final LocalDate SALE = LocalDate.of(2026, 11, 22);

    @Autowired ResaleExemption exemption;
    @Autowired CertificateFixtures fixtures;
    @Autowired SupersedingACertificate superseding;
    @Autowired ResaleCertificates certificates;

    static TestTenants.Tenant tenant;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("resale-exemption");
    }

    // 07-contacts §Resale Certificates R3, R4: a verified certificate in force for the sale's state exempts the sale
    @Test
    void verifiedUnexpiredCertificateQualifiesForExemption() {
        ContactId dealer = fixtures.contact(tenant, "Valid Dealer", ContactRole.CUSTOMER);
        CertificateId id = fixtures.valid(tenant, dealer, "CA", "SR-1001", SALE.plusYears(1));

        assertThat(forSale(dealer, "CA", SALE))
                .isEqualTo(new QualifyingCertificate(id.value(), "CA", "SR-1001", SALE.plusYears(1)));
    }

    // R6: the expiry date is the certificate's last day in force
    @Test
    void certificateStillQualifiesOnItsExpiryDate() {
        ContactId dealer = fixtures.contact(tenant, "Last Day Dealer", ContactRole.CUSTOMER);
        fixtures.valid(tenant, dealer, "CA", "SR-1002", SALE);

        assertThat(forSale(dealer, "CA", SALE)).isNotNull();
    }

    // R6: an expired certificate does not qualify, however well it was verified
    @Test
    void expiredCertificateDoesNotQualifyForExemption() {
        ContactId dealer = fixtures.contact(tenant, "Expired Dealer", ContactRole.CUSTOMER);
        fixtures.valid(tenant, dealer, "CA", "SR-1003", SALE.minusDays(1));

        assertThat(forSale(dealer, "CA", SALE)).isNull();
    }

    // R2, R4: a certificate nobody checked on the state's portal exempts nothing
    @Test
    void unverifiedCertificateDoesNotQualify() {
        ContactId dealer = fixtures.contact(tenant, "Unverified Dealer", ContactRole.CUSTOMER);
        fixtures.certificate(tenant, dealer, "CA", "SR-1004", SALE.plusYears(1), false);

        assertThat(forSale(dealer, "CA", SALE)).isNull();
    }

    // R2, R4: a permit the portal called invalid exempts nothing
    @Test
    void certificateThePortalCalledInvalidDoesNotQualify() {
        ContactId dealer = fixtures.contact(tenant, "Invalid Dealer", ContactRole.CUSTOMER);
        CertificateId id = fixtures.certificate(tenant, dealer, "CA", "SR-1005", SALE.plusYears(1), false);
        fixtures.verify(tenant, dealer, id, VerificationResult.INVALID);

        assertThat(forSale(dealer, "CA", SALE)).isNull();
    }

    // R2, R4: a permit the portal could not find exempts nothing
    @Test
    void certificateThePortalCouldNotFindDoesNotQualify() {
        ContactId dealer = fixtures.contact(tenant, "Unknown Permit Dealer", ContactRole.CUSTOMER);
        CertificateId id = fixtures.certificate(tenant, dealer, "CA", "SR-1006", SALE.plusYears(1), false);
        fixtures.verify(tenant, dealer, id, VerificationResult.NOT_FOUND);

        assertThat(forSale(dealer, "CA", SALE)).isNull();
    }

    // R4: the certificate must be for the state the sale is taxed in
    @Test
    void certificateForAnotherStateDoesNotQualify() {
        ContactId dealer = fixtures.contact(tenant, "Texas Dealer", ContactRole.CUSTOMER);
        fixtures.valid(tenant, dealer, "TX", "3-1007", SALE.plusYears(1));

        assertThat(forSale(dealer, "CA", SALE)).isNull();
        assertThat(forSale(dealer, "TX", SALE)).isNotNull();
    }

    // R8: a replaced certificate is kept, and no longer exempts anything — its unverified replacement does not either
    @Test
    void supersededCertificateIsKeptAndDoesNotQualify() {
        ContactId dealer = fixtures.contact(tenant, "Renewing Dealer", ContactRole.CUSTOMER);
        CertificateId old = fixtures.valid(tenant, dealer, "CA", "SR-1008", SALE.plusYears(1));

        CertificateId renewal = CertificateFixtures.asOwner(tenant, () -> superseding.supersede(dealer, old,
                new CertificateDetails("CA", "SR-1008", SALE, SALE.plusYears(3), null), null));

        ResaleCertificate kept = TenantContext.callAs(tenant.id(), null, () -> certificates.get(dealer, old));
        assertThat(kept.superseded()).isTrue();
        assertThat(kept.supersededBy()).isEqualTo(renewal);
        assertThat(kept.verification().result()).isEqualTo(VerificationResult.VALID);
        assertThat(forSale(dealer, "CA", SALE)).isNull();

        fixtures.verify(tenant, dealer, renewal, VerificationResult.VALID);
        assertThat(forSale(dealer, "CA", SALE).id()).isEqualTo(renewal.value());
    }

    // R4 (inferred): a state whose permits never expire has certificates without an expiry date, which keep qualifying
    @Test
    void certificateWithoutExpiryQualifies() {
        ContactId dealer = fixtures.contact(tenant, "Forever Dealer", ContactRole.CUSTOMER);
        fixtures.valid(tenant, dealer, "CA", "SR-1009", null);

        assertThat(forSale(dealer, "CA", SALE.plusYears(20))).isNotNull();
    }

    private QualifyingCertificate forSale(ContactId dealer, String state, LocalDate date) {
        return TenantContext.callAs(tenant.id(), null, () -> exemption.forSale(dealer, state, date)).orElse(null);
    }
}
