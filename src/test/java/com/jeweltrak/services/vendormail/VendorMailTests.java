package com.jeweltrak.services.vendormail;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.services.ChangingAWorkOrder;
import com.jeweltrak.services.IntakeFixtures;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderDetails;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrderStatus;
import com.jeweltrak.services.attachments.AttachingAFile;
import com.jeweltrak.services.attachments.AttachmentKind;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** E-mailing a stage's vendor, on the real database and mail outbox: 03-services §6. */
@IntegrationTest
class VendorMailTests {

    static final LocalDate DUE = LocalDate.of(2026, 12, 1);

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;

    @Autowired IntakeFixtures fixtures;
    @Autowired EmailingAStageVendor emailing;
    @Autowired VendorMails mails;
    @Autowired AttachingAFile attaching;
    @Autowired ChangingAWorkOrder changing;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants) {
        tenant = tenants.open("work-order-vendor-mail");
        other = tenants.open("work-order-vendor-mail-other");
    }

    private ContactId vendor(String email) {
        return fixtures.contact(tenant, "Victor", "Setter", email, ContactRole.VENDOR);
    }

    private VendorMailDraft draft(WorkOrderId job, long stage, VendorMailKind kind) {
        return fixtures.as(tenant, () -> emailing.draft(job, stage, kind));
    }

    private long send(WorkOrderId job, long stage, String subject, String body, List<Long> attachments) {
        return fixtures.as(tenant, () -> emailing.send(job, stage, VendorMailKind.QUOTE_REQUEST, subject, body, attachments));
    }

    // 03-services §6 R2, R3: a quote request while the job needs a quote, filled from the job and the stage
    @Test
    void theDraftIsFilledFromTheJobAndTheStage() {
        WorkOrderId job = fixtures.repair(tenant, "Platinum ring, replace center prongs");
        long stage = fixtures.stage(tenant, job, vendor("victor@setters.example"), "Prong work", "Re-tip all four prongs", DUE);
        long number = fixtures.read(tenant, job).number();
        VendorMailDraft d = draft(job, stage, null);
        assertThat(d.kind()).isEqualTo(VendorMailKind.QUOTE_REQUEST);
        assertThat(d.toAddress()).isEqualTo("victor@setters.example");
        assertThat(d.subject()).isEqualTo("Quote request — work order " + number + ": Prong work");
        assertThat(d.body()).contains("Hello Victor Setter").contains("Piece: Platinum ring, replace center prongs")
                .contains("Instructions: Re-tip all four prongs").contains("Needed by: December 1, 2026")
                .contains("Tracking number: 1Z999");
    }

    // 03-services §6 R4: like the bench copy, the vendor never sees the customer or a price
    @Test
    void theDraftLeavesOutTheCustomerAndThePrices() {
        WorkOrderId job = fixtures.repair(tenant, "Gold chain solder");
        WorkOrder read = fixtures.read(tenant, job);
        fixtures.as(tenant, () -> {
            changing.change(job, new WorkOrderDetails(read.orderType(), read.stockType(), read.customer(), null, null,
                    read.description(), null, null, new BigDecimal("735.00"), new BigDecimal("735.00"), read.intakeDate(),
                    null, false, "Bench 1", "Customer is picky"));
            return null;
        });
        long stage = fixtures.stage(tenant, job, vendor("victor@setters.example"), "Solder", null, null);
        VendorMailDraft d = draft(job, stage, VendorMailKind.WORK_REQUEST);
        assertThat(d.subject() + d.body()).doesNotContain("Rosa").doesNotContain("Intake").doesNotContain("735")
                .doesNotContain("picky");
    }

    // 03-services §6 R2: a job being worked gets a work request
    @Test
    void aJobInProductionIsOfferedAWorkRequest() {
        WorkOrderId job = fixtures.repair(tenant, "Watch crystal");
        long stage = fixtures.stage(tenant, job, vendor("victor@setters.example"), "Crystal", null, null);
        fixtures.move(tenant, job, WorkOrderStatus.IP);
        VendorMailDraft d = draft(job, stage, null);
        assertThat(d.kind()).isEqualTo(VendorMailKind.WORK_REQUEST);
        assertThat(d.body()).contains("Please go ahead");
    }

    // 03-services §6 R3, R6: the edited mail goes through the outbox to the vendor and is logged on the job
    @Test
    void sendingQueuesTheEditedMailAndLogsItOnTheJob() {
        WorkOrderId job = fixtures.repair(tenant, "Bracelet clasp");
        long stage = fixtures.stage(tenant, job, vendor("victor@setters.example"), "Clasp", null, null);
        long logged = send(job, stage, "Edited subject", "Edited body", List.of());
        Map<String, Object> mail = fixtures.as(tenant, () -> transactions.execute(t -> jdbc.sql("""
                        select to_address, subject, text_body, related_type, related_id from mail_outbox
                        where related_type = 'work_order' and related_id = ?""").param(job.value()).query().singleRow()));
        assertThat(mail).containsEntry("to_address", "victor@setters.example").containsEntry("subject", "Edited subject")
                .containsEntry("text_body", "Edited body");
        VendorMail log = fixtures.as(tenant, () -> mails.of(job)).getFirst();
        assertThat(log.id()).isEqualTo(logged);
        assertThat(log.sentBy()).isEqualTo(tenant.owner().id());
        assertThat(log.toAddress()).isEqualTo("victor@setters.example");
        assertThat(log.subject()).isEqualTo("Edited subject");
        assertThat(log.stageName()).isEqualTo("Clasp");
    }

    // 03-services §6 R5: a vendor without an e-mail address is refused with the reason, nothing queued
    @Test
    void aVendorWithoutAnEmailAddressIsRefused() {
        WorkOrderId job = fixtures.repair(tenant, "Pearl restring");
        long stage = fixtures.stage(tenant, job, vendor(null), "Restring", null, null);
        assertThatThrownBy(() -> draft(job, stage, null)).isInstanceOf(VendorHasNoEmail.class)
                .hasMessageContaining("Victor Setter has no e-mail address");
        assertThatThrownBy(() -> send(job, stage, "S", "B", List.of())).isInstanceOf(VendorHasNoEmail.class);
        assertThat(fixtures.as(tenant, () -> mails.of(job))).isEmpty();
    }

    // 03-services §6 R1: a stage without a vendor has no one to e-mail
    @Test
    void aStageWithoutAVendorIsRefused() {
        WorkOrderId job = fixtures.repair(tenant, "Polish");
        long stage = fixtures.stage(tenant, job, null, "In-house polish", null, null);
        assertThatThrownBy(() -> draft(job, stage, null)).isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("no vendor");
    }

    // 03-services §6 R3 (attachments of photos/CAD files): the chosen files of the job go with the mail
    @Test
    void theChosenFilesOfTheJobGoWithTheMail() {
        WorkOrderId job = fixtures.custom(tenant, "Custom pendant");
        long stage = fixtures.stage(tenant, job, vendor("cad@studio.example"), "CAD", null, null);
        long pdf = fixtures.as(tenant, () -> attaching.attach(job, AttachmentKind.VENDOR_DRAWING, null, "sketch.pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        long stl = fixtures.as(tenant, () -> attaching.attach(job, AttachmentKind.THREE_D, null, "pendant.stl",
                "solid p\nendsolid p\n".getBytes(StandardCharsets.US_ASCII)));
        assertThat(draft(job, stage, null).body()).contains("Files: sketch.pdf, pendant.stl");
        send(job, stage, "Files", "See attached", List.of(pdf, stl));
        long files = fixtures.as(tenant, () -> transactions.execute(t -> jdbc.sql("""
                        select (attachment_file_id is not null)::int
                               + (select count(*) from mail_outbox_attachment a where a.mail_id = m.id)
                        from mail_outbox m where related_type = 'work_order' and related_id = ?""")
                .param(job.value()).query(Long.class).single()));
        assertThat(files).isEqualTo(2);
    }

    // design §4: another tenant cannot e-mail the job's vendor
    @Test
    void anotherTenantCannotEmailTheJobsVendor() {
        WorkOrderId job = fixtures.repair(tenant, "Ring sizing");
        long stage = fixtures.stage(tenant, job, vendor("victor@setters.example"), "Sizing", null, null);
        assertThatThrownBy(() -> fixtures.as(other, () -> emailing.send(job, stage, VendorMailKind.WORK_REQUEST, "S", "B", List.of())))
                .isInstanceOf(RecordNotFound.class);
    }
}
