package com.jeweltrak.contacts.certificates;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.platform.demo.DemoSize;
import com.jeweltrak.platform.demo.DemoTenant;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's wholesale customers get one certificate of each kind the section warns about (R6). */
@IntegrationTest
class ResaleCertificateDemoDataTests {

    @Autowired ResaleCertificateDemoData demo;
    @Autowired ResaleCertificates certificates;
    @Autowired TransactionTemplate transactions;

    static TestTenants.Tenant tenant;
    static List<ContactId> wholesale;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired CertificateFixtures fixtures) {
        tenant = tenants.open("certificate-demo");
        // contact() makes RESALE contacts, as the contacts contributor does for its wholesale accounts
        wholesale = List.of(fixtures.contact(tenant, "Demo Wholesale A", ContactRole.CUSTOMER),
                fixtures.contact(tenant, "Demo Wholesale B", ContactRole.CUSTOMER),
                fixtures.contact(tenant, "Demo Wholesale C", ContactRole.CUSTOMER));
    }

    // R6 demo: one verified valid, one expiring in about two weeks, one expired — found by tax status, not by id
    @Test
    void theDemoGivesWholesaleCustomersAValidAnExpiringAndAnExpiredCertificate() {
        TenantContext.runAs(tenant.id(), tenant.owner().id(), () -> transactions.executeWithoutResult(s ->
                demo.contribute(new DemoTenant(tenant.id(), List.of(tenant.store()), Map.of()), DemoSize.SMALL)));

        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        List<CertificateStatus> statuses = TenantContext.callAs(tenant.id(), null, () -> wholesale.stream()
                .map(c -> certificates.of(c).getFirst()).map(c -> c.status(today)).toList());
        assertThat(statuses).containsExactly(CertificateStatus.VALID, CertificateStatus.EXPIRING_SOON, CertificateStatus.EXPIRED);
        ResaleCertificate withScan = TenantContext.callAs(tenant.id(), null, () -> certificates.of(wholesale.getFirst()).getFirst());
        assertThat(withScan.document()).isNotNull();
        assertThat(withScan.verification().by()).isEqualTo(tenant.owner().id());
    }
}
