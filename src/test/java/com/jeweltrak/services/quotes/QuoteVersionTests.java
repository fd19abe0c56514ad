package com.jeweltrak.services.quotes;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Set;
import java.util.function.Supplier;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.services.ChangingAWorkOrder;
import com.jeweltrak.services.ChangingTheStatus;
import com.jeweltrak.services.OrderType;
import com.jeweltrak.services.TakingInAWorkOrder;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderDetails;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrderStatus;
import com.jeweltrak.services.WorkOrders;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Quote versions and the Quote PDF on the real database (03-services §4). */
@IntegrationTest
class QuoteVersionTests {

    static TestTenants.Tenant tenant;

    @Autowired TakingInAWorkOrder takingIn;
    @Autowired ChangingAWorkOrder changing;
    @Autowired ChangingTheStatus status;
    @Autowired RevisingTheQuote revising;
    @Autowired Quotes quotes;
    @Autowired QuotePrinting printing;
    @Autowired WorkOrders workOrders;
    @Autowired EditingContacts contacts;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("quote-versions");
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), work);
    }

    private WorkOrderId job(OrderType type, String description) {
        ContactId customer = as(() -> transactions.execute(s -> contacts.add(Contact.draft(new Contact.Name("Quinn", "Quoted", null, null),
                Set.of(ContactRole.CUSTOMER), null, null, null, null, null, null, false, false, null, null))));
        return as(() -> takingIn.takeIn(tenant.store(), new WorkOrderDetails(type, "J", customer, null, null, description,
                null, null, null, null, null, null, false, null, null)));
    }

    private int revise(WorkOrderId id, String amount, String notes) {
        return as(() -> revising.revise(id, new BigDecimal(amount), notes));
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    // 03-services §4 worked example: v1, v2, v3 with the last at 4,250.00 → PriceQuoted 4,250.00
    @Test
    void threeSavedVersionsMakeTheLastOneThePriceQuoted() {
        WorkOrderId id = job(OrderType.CUSTOM, "Halo engagement ring");
        assertThat(revise(id, "3800", "First quote")).isEqualTo(1);
        assertThat(revise(id, "4100", "Customer asked for a larger centre stone")).isEqualTo(2);
        assertThat(revise(id, "4250.00", "Platinum head")).isEqualTo(3);
        assertThat(as(() -> workOrders.get(id)).priceQuoted()).isEqualByComparingTo("4250.00");
        assertThat(as(() -> quotes.of(id))).extracting(QuoteVersion::version).containsExactly(1, 2, 3);
        assertThat(as(() -> quotes.of(id)).get(1).notes()).isEqualTo("Customer asked for a larger centre stone");
        assertThat(as(() -> quotes.of(id)).getFirst().createdBy()).isEqualTo(tenant.owner().id());
    }

    // 03-services §4 R1, R3: versions are numbered separately for each job (production jobs have them too)
    @Test
    void versionsAreNumberedPerJob() {
        WorkOrderId first = job(OrderType.CUSTOM, "Pendant");
        WorkOrderId second = job(OrderType.MANUFACTURING, "Cufflinks");
        revise(first, "100", null);
        revise(first, "120", null);
        assertThat(revise(second, "300", null)).isEqualTo(1);
    }

    // 03-services §4 R3: an earlier version is never edited, not even by a hand-written statement
    @Test
    void aSavedVersionCannotBeUpdated() {
        WorkOrderId id = job(OrderType.CUSTOM, "Signet");
        revise(id, "900", null);
        assertThatThrownBy(() -> as(() -> transactions.execute(s -> jdbc.sql(
                "update work_order_quote set amount = 1 where work_order_id = ?").param(id.value()).update())))
                .hasMessageContaining("revise the quote instead");
    }

    // 03-services §4 R1: the quote history is for custom and production jobs, not repairs
    @Test
    void aRepairHasNoQuoteHistory() {
        WorkOrderId id = job(OrderType.REPAIR, "Sizing");
        assertThatThrownBy(() -> revise(id, "45", null)).isInstanceOf(BusinessRuleViolated.class)
                .hasMessageContaining("repair has no quote history");
    }

    // 03-services §4 R2: a revision needs an amount, and not a negative one
    @Test
    void aRevisionWithoutAnAmountOrBelowZeroIsRefused() {
        WorkOrderId id = job(OrderType.CUSTOM, "Band");
        assertThatThrownBy(() -> as(() -> revising.revise(id, null, "no amount"))).isInstanceOf(BusinessRuleViolated.class);
        assertThatThrownBy(() -> revise(id, "-5", null)).isInstanceOf(BusinessRuleViolated.class);
        assertThat(as(() -> quotes.of(id))).isEmpty();
    }

    // 03-services §4 R2: once there are versions, the price quoted changes only by a revision
    @Test
    void theHeaderCannotChangeTheQuotedPriceOfAQuotedJob() {
        WorkOrderId id = job(OrderType.CUSTOM, "Brooch");
        revise(id, "700", null);
        WorkOrder job = as(() -> workOrders.get(id));
        assertThatThrownBy(() -> as(() -> {
            changing.change(id, new WorkOrderDetails(job.orderType(), job.stockType(), job.customer(), null, null, "Brooch",
                    null, null, null, new BigDecimal("650"), job.intakeDate(), null, false, null, null));
            return null;
        })).isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("revise the quote");
    }

    // 03-services §4 R6: the PDF has scope, the QUOTED PRICE, the revision history (3 > 1 versions), terms, signature
    @Test
    void theQuotePdfListsTheRevisionsTermsAndASignatureLine() throws IOException {
        WorkOrderId id = job(OrderType.CUSTOM, "Halo ring in platinum");
        revise(id, "3800", "First quote");
        revise(id, "4100", "Larger centre stone");
        revise(id, "4250", "Platinum head");
        String text = text(as(() -> printing.pdf(workOrders.get(id))));
        assertThat(text).contains("Halo ring in platinum").containsIgnoringCase("Quoted price").contains("$4,250.00")
                .containsIgnoringCase("Revision history").contains("v1").contains("v2").contains("Larger centre stone")
                .contains("valid for 30 days").containsIgnoringCase("Customer signature").contains("Accepted by:")
                .contains("Quinn Quoted");
    }

    // 03-services §4 R6: a single version prints no revision list
    @Test
    void aSingleVersionPrintsNoRevisionHistory() throws IOException {
        WorkOrderId id = job(OrderType.CUSTOM, "Simple band");
        revise(id, "500", null);
        String text = text(as(() -> printing.pdf(workOrders.get(id))));
        assertThat(text).contains("$500.00").doesNotContainIgnoringCase("Revision history");
    }

    // 03-services §4 R8: the PDF e-mailed through the outbox with the PDF attached
    @Test
    void theQuoteIsEmailedThroughTheOutbox() {
        WorkOrderId id = job(OrderType.CUSTOM, "Mailed ring");
        revise(id, "1200", null);
        String to = as(() -> printing.email(workOrders.get(id), "quinn@example.com"));
        assertThat(to).isEqualTo("quinn@example.com");
        long mails = as(() -> transactions.execute(s -> jdbc.sql("select count(*) from mail_outbox where related_type = 'work_order'"
                + " and related_id = ? and to_address = 'quinn@example.com' and attachment_file_id is not null")
                .param(id.value()).query(Long.class).single()));
        assertThat(mails).isEqualTo(1);
    }

    // 03-services §4 R4: a finished job's quote no longer changes (inferred)
    @Test
    void aCancelledJobsQuoteCannotBeRevised() {
        WorkOrderId id = job(OrderType.CUSTOM, "Cancelled ring");
        as(() -> {
            status.change(id, WorkOrderStatus.CANCELLED);
            return null;
        });
        assertThatThrownBy(() -> revise(id, "10", null)).isInstanceOf(BusinessRuleViolated.class);
    }

    // 03-services §4 worked example ("the first quote = v1"): a custom job quoted at intake starts with v1
    @Test
    void aCustomJobQuotedAtIntakeStartsWithVersionOne() {
        ContactId customer = as(() -> transactions.execute(s -> contacts.add(Contact.draft(new Contact.Name("Ivy", "Intake", null, null),
                Set.of(ContactRole.CUSTOMER), null, null, null, null, null, null, false, false, null, null))));
        WorkOrderId id = as(() -> takingIn.takeIn(tenant.store(), new WorkOrderDetails(OrderType.CUSTOM, "J", customer, null,
                null, "Bespoke locket", null, null, null, new BigDecimal("2100"), null, null, false, null, null)));
        assertThat(as(() -> quotes.of(id))).extracting(QuoteVersion::version, QuoteVersion::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, new BigDecimal("2100.0000")));
        assertThat(revise(id, "2300", "Heavier chain")).isEqualTo(2);
    }
}
