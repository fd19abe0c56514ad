package com.jeweltrak.contacts.certificates;

import java.time.Instant;
import java.time.LocalDate;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.web.StateConflict;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Adding, verifying and replacing certificates (07-contacts §Resale Certificates R1, R2, R8). */
@IntegrationTest
class CertificateRulesTests {

    static final LocalDate NEXT_YEAR = LocalDate.of(2027, 12, 31);

    @Autowired CertificateFixtures fixtures;
    @Autowired ResaleCertificates certificates;
    @Autowired Contacts contacts;
    @Autowired SupersedingACertificate superseding;
    @Autowired TestTenants tenants;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

    static TestTenants.Tenant tenant;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("certificate-rules");
    }

    // R2: JewelTrak stamps who verified (the signed-in user) and when (the clock), with the portal as the source
    @Test
    void recordingAVerificationStampsTheUserAndTheTime() {
        ContactId dealer = fixtures.contact(tenant, "Stamped Dealer", ContactRole.CUSTOMER);
        CertificateId id = fixtures.certificate(tenant, dealer, "TX", "3-2001", NEXT_YEAR, false);
        Instant before = Instant.now();

        fixtures.verify(tenant, dealer, id, VerificationResult.VALID);

        ResaleCertificate.Verification stamp = read(dealer, id).verification();
        assertThat(stamp.by()).isEqualTo(tenant.owner().id());
        assertThat(stamp.at()).isBetween(before, Instant.now());
        assertThat(stamp.result()).isEqualTo(VerificationResult.VALID);
        assertThat(stamp.source()).isEqualTo("https://mycpa.cpa.state.tx.us/staxpayersearch/");
    }

    // R1 + Unified Contacts R7: a certificate is a customer's, so a vendor-only contact becomes a customer too
    @Test
    void addingACertificateToAVendorOnlyContactMakesItACustomer() {
        ContactId supplier = fixtures.contact(tenant, "Casting House", ContactRole.VENDOR);

        fixtures.certificate(tenant, supplier, "NY", "NY-2002", NEXT_YEAR, false);

        var contact = TenantContext.callAs(tenant.id(), null, () -> contacts.get(supplier));
        assertThat(contact.hasRole(ContactRole.CUSTOMER)).isTrue();
        assertThat(contact.hasRole(ContactRole.VENDOR)).isTrue();
    }

    // R8 (inferred): one certificate in force per permit; a second copy is refused beside the permit number
    @Test
    void theSamePermitCannotBeOnFileTwice() {
        ContactId dealer = fixtures.contact(tenant, "Twice Dealer", ContactRole.CUSTOMER);
        fixtures.certificate(tenant, dealer, "FL", "85-2003", NEXT_YEAR, false);

        assertThatThrownBy(() -> fixtures.certificate(tenant, dealer, "FL", " 85-2003 ", NEXT_YEAR, false))
                .isInstanceOf(CertificateAlreadyOnFile.class)
                .satisfies(e -> assertThat(((CertificateAlreadyOnFile) e).field()).isEqualTo("permitNumber"));
    }

    // R8: a replaced certificate is history: it is not verified again
    @Test
    void aSupersededCertificateCannotBeVerifiedAgain() {
        ContactId dealer = fixtures.contact(tenant, "History Dealer", ContactRole.CUSTOMER);
        CertificateId old = fixtures.certificate(tenant, dealer, "IL", "IL-2004", NEXT_YEAR, false);
        CertificateFixtures.asOwner(tenant, () -> superseding.supersede(dealer, old,
                new CertificateDetails("IL", "IL-2004-B", null, NEXT_YEAR, null), null));

        assertThatThrownBy(() -> fixtures.verify(tenant, dealer, old, VerificationResult.VALID))
                .isInstanceOf(StateConflict.class);
        assertThat(read(dealer, old).verification()).isNull();
    }

    // R1: a certificate names a real US state or territory, refused beside the state field otherwise
    @Test
    void aCertificateForAnUnknownStateIsRefused() {
        ContactId dealer = fixtures.contact(tenant, "Nowhere Dealer", ContactRole.CUSTOMER);

        assertThatThrownBy(() -> fixtures.certificate(tenant, dealer, "XX", "X-2005", NEXT_YEAR, false))
                .isInstanceOf(com.jeweltrak.platform.BusinessRuleViolated.class)
                .satisfies(e -> assertThat(((com.jeweltrak.platform.BusinessRuleViolated) e).field()).isEqualTo("state"));
    }

    // Consolidation R5: a merged contact takes no new certificate; the message names the contact it was merged into
    @Test
    void aMergedContactTakesNoCertificate() {
        ContactId survivor = fixtures.contact(tenant, "Survivor Dealer", ContactRole.CUSTOMER);
        ContactId merged = fixtures.contact(tenant, "Merged Dealer", ContactRole.CUSTOMER);
        TenantContext.runAs(tenant.id(), tenant.owner().id(), () -> transactions.executeWithoutResult(s ->
                jdbc.sql("update contact set merged_into_id = ?, merged_at = now() where id = ?")
                        .params(survivor.value(), merged.value()).update()));

        assertThatThrownBy(() -> fixtures.certificate(tenant, merged, "CA", "SR-2006", NEXT_YEAR, false))
                .isInstanceOf(com.jeweltrak.contacts.ContactWasMerged.class).hasMessageContaining(survivor.toString());
        assertThat(TenantContext.callAs(tenant.id(), null, () -> certificates.of(merged))).isEmpty();
    }

    private ResaleCertificate read(ContactId contact, CertificateId id) {
        return TenantContext.callAs(tenant.id(), null, () -> certificates.get(contact, id));
    }
}
