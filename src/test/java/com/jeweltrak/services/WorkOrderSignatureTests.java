package com.jeweltrak.services;

import java.util.List;

import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Customer signatures on the real database: 03-services §5. */
@IntegrationTest
class WorkOrderSignatureTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;

    @Autowired IntakeFixtures fixtures;
    @Autowired SigningAWorkOrder signing;
    @Autowired WorkOrderSignatures signatures;
    @Autowired SignatureWording wording;
    @Autowired StoredFiles files;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants) {
        tenant = tenants.open("work-order-signatures");
        other = tenants.open("work-order-signatures-other");
    }

    private long sign(WorkOrderId id, SignatureKind kind, String signer, byte[] png) {
        return fixtures.as(tenant, () -> signing.sign(id, kind, signer, png, "Test tablet"));
    }

    // 03-services §5 R1, R4: the intake signature is kept as a PNG with signer, time, who captured it and the wording
    @Test
    void anIntakeSignatureIsStoredAsAPngWithSignerTimeAndWording() {
        WorkOrderId job = fixtures.repair(tenant, "Sizing");
        sign(job, SignatureKind.INTAKE, "Rosa Intake", IntakeFixtures.signature());
        WorkOrderSignature s = fixtures.as(tenant, () -> signatures.of(job)).getFirst();
        assertThat(s.kind()).isEqualTo(SignatureKind.INTAKE);
        assertThat(s.signerName()).isEqualTo("Rosa Intake");
        assertThat(s.capturedBy()).isEqualTo(tenant.owner().id());
        assertThat(s.signedAt()).isNotNull();
        assertThat(s.wording()).contains("liability");
        assertThat(fixtures.as(tenant, () -> files.open(s.image())).file().contentType()).isEqualTo("image/png");
    }

    // 03-services §5 R4: an empty pad is no signature
    @Test
    void anEmptyDrawingIsRefused() {
        WorkOrderId job = fixtures.repair(tenant, "Chain solder");
        assertThatThrownBy(() -> sign(job, SignatureKind.INTAKE, "Rosa Intake", IntakeFixtures.emptyPad()))
                .isInstanceOf(SignatureIsBlank.class);
        assertThatThrownBy(() -> sign(job, SignatureKind.INTAKE, "Rosa Intake", "not a png".getBytes()))
                .isInstanceOf(SignatureIsBlank.class);
        assertThat(fixtures.as(tenant, () -> signatures.of(job))).isEmpty();
    }

    // 03-services §5 R4: the signer's name is part of the signature
    @Test
    void aSignatureWithoutTheSignersNameIsRefused() {
        WorkOrderId job = fixtures.repair(tenant, "Prong re-tip");
        assertThatThrownBy(() -> sign(job, SignatureKind.INTAKE, "  ", IntakeFixtures.signature()))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("name");
    }

    // 03-services §5 R4: re-signing replaces the signature of that kind; the replaced one stays in the audit log
    @Test
    void signingAgainReplacesTheSignatureAndTheAuditLogKeepsTheOldOne() {
        WorkOrderId job = fixtures.repair(tenant, "Clasp");
        long first = sign(job, SignatureKind.INTAKE, "First Signer", IntakeFixtures.signature());
        long second = sign(job, SignatureKind.INTAKE, "Second Signer", IntakeFixtures.signature());
        assertThat(second).isEqualTo(first);
        List<WorkOrderSignature> now = fixtures.as(tenant, () -> signatures.of(job));
        assertThat(now).singleElement().extracting(WorkOrderSignature::signerName).isEqualTo("Second Signer");
        List<String> before = fixtures.as(tenant, () -> transactions.execute(t -> jdbc.sql("""
                        select before_row ->> 'signer_name' from audit_log
                        where table_name = 'work_order_signature' and row_id = ? and action = 'UPDATE'""")
                .param(String.valueOf(first)).query(String.class).list()));
        assertThat(before).containsExactly("First Signer");
    }

    // 03-services §5 R3: the pickup receipt is signed when the piece is handed over, not while it is still being worked
    @Test
    void aPickupSignatureWaitsUntilTheJobIsReadyForPickup() {
        WorkOrderId job = fixtures.repair(tenant, "Rhodium plate");
        assertThatThrownBy(() -> sign(job, SignatureKind.PICKUP, "Rosa Intake", IntakeFixtures.signature()))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("ready for pickup");
        fixtures.move(tenant, job, WorkOrderStatus.IP, WorkOrderStatus.RP);
        sign(job, SignatureKind.PICKUP, "Rosa Intake", IntakeFixtures.signature());
        assertThat(fixtures.as(tenant, () -> signatures.find(job, SignatureKind.PICKUP))).isPresent()
                .get().extracting(WorkOrderSignature::wording).asString().contains("received");
    }

    // 03-services §5 R1: the store's own wording is what the customer signs, and it is kept with the signature
    @Test
    void theStoresOwnWordingIsStoredWithTheSignature() {
        WorkOrderId job = fixtures.repair(tenant, "Stone tighten");
        fixtures.as(tenant, () -> {
            wording.change(tenant.store(), SignatureKind.INTAKE, "The store is not liable for stones loosened by wear.");
            return null;
        });
        try {
            sign(job, SignatureKind.INTAKE, "Rosa Intake", IntakeFixtures.signature());
            assertThat(fixtures.as(tenant, () -> signatures.find(job, SignatureKind.INTAKE)).orElseThrow().wording())
                    .isEqualTo("The store is not liable for stones loosened by wear.");
        } finally {
            fixtures.as(tenant, () -> {
                wording.change(tenant.store(), SignatureKind.INTAKE, "");
                return null;
            });
        }
    }

    // 03-services §5 R6: a missing signature never blocks a status change
    @Test
    void aJobWithoutSignaturesStillMovesThroughItsStatuses() {
        WorkOrderId job = fixtures.repair(tenant, "Polish");
        fixtures.move(tenant, job, WorkOrderStatus.IP, WorkOrderStatus.RP, WorkOrderStatus.PICKED_UP);
        assertThat(fixtures.read(tenant, job).status()).isEqualTo(WorkOrderStatus.PICKED_UP);
    }

    // design §4: another tenant cannot sign (or see) this tenant's job
    @Test
    void anotherTenantCannotSignTheJob() {
        WorkOrderId job = fixtures.repair(tenant, "Engraving");
        assertThatThrownBy(() -> fixtures.as(other, () -> signing.sign(job, SignatureKind.INTAKE, "Mallory",
                IntakeFixtures.signature(), null))).isInstanceOf(RecordNotFound.class);
    }
}
