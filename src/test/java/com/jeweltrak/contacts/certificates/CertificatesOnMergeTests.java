package com.jeweltrak.contacts.certificates;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The statements a contact merge runs to move certificates (Consolidation R3 with Resale Certificates R8). */
@IntegrationTest
class CertificatesOnMergeTests {

    static final LocalDate EXPIRES = LocalDate.of(2030, 1, 31);

    @Autowired CertificateFixtures fixtures;
    @Autowired ResaleCertificates certificates;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    static TestTenants.Tenant tenant;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("certificates-merge");
    }

    // Consolidation R3 + R8: every certificate moves to the primary; a permit both held stays once in force, the copy kept as superseded
    @Test
    void mergingMovesCertificatesAndSupersedesTheSecondarysCopyOfAPermitThePrimaryHolds() {
        ContactId primary = fixtures.contact(tenant, "Merge Primary", ContactRole.CUSTOMER);
        ContactId secondary = fixtures.contact(tenant, "Merge Secondary", ContactRole.CUSTOMER);
        CertificateId kept = fixtures.certificate(tenant, primary, "CA", "SR-5001", EXPIRES, false);
        CertificateId copy = fixtures.valid(tenant, secondary, "CA", "sr-5001", EXPIRES);
        CertificateId other = fixtures.certificate(tenant, secondary, "TX", "3-5002", EXPIRES, false);

        TenantContext.runAs(tenant.id(), tenant.owner().id(), () -> transactions.executeWithoutResult(s -> {
            for (String statement : CertificatesOnMerge.MOVE_STATEMENTS) {
                jdbc.sql(statement).params(Map.of("primary", primary.value(), "secondaries", List.of(secondary.value()))).update();
            }
        }));

        List<ResaleCertificate> moved = TenantContext.callAs(tenant.id(), null, () -> certificates.of(primary));
        assertThat(moved).extracting(ResaleCertificate::id).containsExactlyInAnyOrder(kept, copy, other);
        ResaleCertificate duplicate = moved.stream().filter(c -> c.id().equals(copy)).findFirst().orElseThrow();
        assertThat(duplicate.supersededBy()).isEqualTo(kept);
        assertThat(moved.stream().filter(c -> !c.superseded())).extracting(ResaleCertificate::id).containsExactlyInAnyOrder(kept, other);
    }
}
