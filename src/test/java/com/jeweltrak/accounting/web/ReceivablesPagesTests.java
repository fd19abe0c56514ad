package com.jeweltrak.accounting.web;

import java.io.IOException;
import java.time.LocalDate;

import com.jeweltrak.accounting.ArFixtures;
import com.jeweltrak.accounting.ReconciliationAssertions;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.RefundingACustomer;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The AR pages, statements, reconciliation page and their API (08-accounting §AR; issue 10 points 1, 9, 10). */
@IntegrationTest
class ReceivablesPagesTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;
    static ContactId mailed;
    static ContactId noEmail;
    static ContactId otherCustomer;
    static InvoiceId oldInvoice;
    static final LocalDate TODAY = LocalDate.now();

    @Autowired MockMvc mvc;
    @Autowired ArFixtures ar;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired ReconciliationAssertions reconciliation;

    /**
     * A busy tenant: invoices on account of several ages, part payments, a payment moved to credit, a return refunded
     * as store credit (SalesFixtures' ring), a walk-in sale paid at the counter.
     */
    @BeforeAll
    static void busyTenant(@Autowired TestTenants tenants, @Autowired ArFixtures ar, @Autowired SalesFixtures sales,
                           @Autowired com.jeweltrak.sales.AddingAReturnLine returning,
                           @Autowired com.jeweltrak.sales.ReturnableLines returnable, @Autowired RefundingACustomer refunding,
                           @Autowired com.jeweltrak.sales.Invoices invoices) {
        tenant = tenants.open("ar-pages");
        other = tenants.open("ar-pages-other");
        mailed = ar.customer(tenant, "Mara", "Mailed", "mara@example.com");
        noEmail = ar.customer(tenant, "Nils", "Nomail", null);
        oldInvoice = ar.onAccount(tenant, mailed, TODAY.minusDays(75), "400.00");
        ar.pay(tenant, oldInvoice, "150.00");
        ar.onAccount(tenant, mailed, TODAY.minusDays(10), "90.00");
        InvoiceId moved = ar.onAccount(tenant, noEmail, TODAY.minusDays(20), "60.00");
        ar.moveToCredit(tenant, moved, ar.pay(tenant, moved, "60.00"));
        ar.onAccount(tenant, noEmail, TODAY.minusDays(5), "30.00");
        // a ring sold to Cora Buyer, then returned for store credit
        String ring = sales.ring(tenant);
        InvoiceId sale = sales.openWith(tenant, ring);
        ar.finalize(tenant, sale);
        ar.pay(tenant, sale, sales.as(tenant, () -> invoices.get(sale).balance()).toPlainString());
        InvoiceId back = sales.open(tenant);
        sales.run(tenant, () -> {
            ContactId cora = sales.customer(tenant);
            returning.add(back, returnable.of(cora).getFirst().lineId(), java.math.BigDecimal.ONE);
        });
        ar.finalize(tenant, back);
        sales.as(tenant, () -> refunding.refund(back, new RefundingACustomer.Request(PaymentMethod.STORE_CREDIT, null, null,
                null, null)));
        // a walk-in sale paid at the counter: no customer, no AR
        InvoiceId walkIn = ar.open(tenant, null, TODAY, "25.00");
        ar.pay(tenant, walkIn, "25.00");
        ar.finalize(tenant, walkIn);
        otherCustomer = ar.customer(other, "Otto", "Other", "otto@example.com");
        ar.onAccount(other, otherCustomer, TODAY.minusDays(3), "70.00");
    }

    // 08 §AR R1–R3: the list shows each customer with a balance, aged, with the totals = the AR control
    @Test
    void theListShowsEveryCustomerWithABalanceAndTotalsEqualToTheArControl() throws Exception {
        String page = mvc.perform(get("/accounting/receivables").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Mara Mailed", "Nils Nomail", "/accounting/receivables/" + mailed.value(),
                "340.00", "Statements (PDF)", "E-mail statements", "Otto".equals("x") ? "" : "Accounts receivable");
        assertThat(page).doesNotContain("Otto Other");
        assertThat(between(page, "id=\"arTotal\">", "<")).isEqualTo(between(page, "id=\"arControl\">", "<"));
    }

    // the list component's export: the AR list as CSV, filtered like the page (aging bracket 61–90)
    @Test
    void theListExportsAsCsvWithItsFilters() throws Exception {
        String csv = mvc.perform(get("/lists/export").param("list", ReceivablesList.KEY).param("format", "csv")
                        .param("aging", "days-61-90").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("Customer", "61–90", "Balance", "Mara Mailed", "250.00", "340.00")
                .doesNotContain("Nils Nomail");
    }

    // 08 §AR R4, R10: the customer's page — open invoices with age, the ledger ending on the books' balance, + Payment
    @Test
    void theCustomersPageShowsOpenInvoicesTheLedgerAndThePaymentButton() throws Exception {
        String page = mvc.perform(get("/accounting/receivables/" + mailed.value()).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Mara Mailed", "/peek/invoice/" + oldInvoice, "250.00", "90.00",
                "/accounting/receivables/" + mailed.value() + "/payments/new", "Invoice finalized");
        assertThat(between(page, "id=\"arBalance\">", "<")).isEqualTo("340.00");
        assertThat(between(page, "class=\"text-end ar-running\">", "<")).isEqualTo("340.00"); // newest first
        assertThat(page).doesNotContain("arMismatch");
    }

    // issue 10 point 1: another tenant's customer is not found, on the pages and in the API
    @Test
    void anotherTenantsCustomerIsNotFound() throws Exception {
        mvc.perform(get("/accounting/receivables/" + otherCustomer.value()).with(tenant.owner().signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/accounting/receivables/" + otherCustomer.value() + "/statement").param("format", "pdf")
                .with(tenant.owner().signedIn())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/receivables/" + otherCustomer.value()).with(tenant.owner().signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/receivables/999999999").with(tenant.owner().signedIn())).andExpect(status().isNotFound());
    }

    // 08 §AR R7: the statement shows the opening and closing balance, the entries and the open invoices with their age
    @Test
    void theStatementPdfShowsOpeningAndClosingBalanceAndTheOpenInvoices() throws Exception {
        LocalDate from = TODAY.minusDays(30);
        byte[] pdf = mvc.perform(get("/accounting/receivables/" + mailed.value() + "/statement")
                        .param("format", "pdf").param("from", from.toString()).param("to", TODAY.toString())
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        String text = text(pdf).toLowerCase();
        // before the range: the 400.00 invoice; in it: the 90.00 invoice and today's 150.00 payment
        assertThat(text).contains("mara mailed", "12 main st", "remit to", "opening balance 400.00",
                "invoice finalized — invoice",
                "payment received — invoice " + numberOf(oldInvoice) + " -150.00 340.00",
                "closing balance 340.00", "open invoices", "age (days)", " 75 ", "0–30 days", "91+ days");
        assertThat(text).contains(numberOf(oldInvoice));
        // the page's form posts (with its CSRF token) and gets the same PDF
        mvc.perform(post("/accounting/receivables/" + mailed.value() + "/statement").param("format", "pdf")
                        .param("from", from.toString()).param("to", TODAY.toString())
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));
    }

    // bad input: a range that ends before it starts is refused beside the field
    @Test
    void anInvertedStatementRangeIsRefusedBesideTheField() throws Exception {
        String page = mvc.perform(get("/accounting/receivables/" + mailed.value() + "/statement").param("format", "pdf")
                        .param("from", TODAY.toString()).param("to", TODAY.minusDays(5).toString())
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"toError\"", "The statement must end on or after " + TODAY);
        mvc.perform(get("/api/v1/receivables/" + mailed.value() + "/statement.pdf").param("from", TODAY.toString())
                .param("to", TODAY.minusDays(5).toString()).with(tenant.owner().signedIn()))
                .andExpect(status().isUnprocessableContent());
    }

    // 08 §AR R7: e-mailing statements queues one message per customer with the PDF; no address → skipped, no error
    @Test
    void emailingStatementsQueuesOneMailPerCustomerWithThePdfAndSkipsThoseWithoutAnAddress() throws Exception {
        long before = queued(mailed, "to_address = 'mara@example.com' and attachment_file_id is not null");
        long beforeSkipped = queued(noEmail, "true");
        mvc.perform(post("/api/v1/receivables/statements/email").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerIds\": [" + mailed.value() + ", " + noEmail.value() + "]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.queued").value(1))
                .andExpect(jsonPath("$.skipped[0]").value("Nils Nomail"))
                .andExpect(jsonPath("$.message").value("Queued 1 statement, 1 skipped (no e-mail): Nils Nomail."));
        assertThat(queued(mailed, "to_address = 'mara@example.com' and attachment_file_id is not null")).isEqualTo(before + 1);
        assertThat(queued(noEmail, "true")).isEqualTo(beforeSkipped);
    }

    /** Statements in the tenant's outbox about the customer; {@code condition} is SQL written in this test. */
    private long queued(ContactId customer, String condition) {
        return ar.as(tenant, () -> transactions.execute(s -> jdbc.sql(
                        "select count(*) from mail_outbox where kind = 'statement' and related_id = ? and " + condition)
                .param(customer.value()).query(Long.class).single()));
    }

    // the page's e-mail button: PRG back to the customer with what was queued
    @Test
    void theStatementPagesEmailButtonSaysWhatWasQueued() throws Exception {
        mvc.perform(post("/accounting/receivables/" + noEmail.value() + "/statement").with(tenant.owner().signedIn())
                        .with(csrf()))
                .andExpect(redirectedUrl("/accounting/receivables/" + noEmail.value()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flash", "Queued 0 statements, 1 skipped (no e-mail): Nils Nomail."));
    }

    // issue 10 point 9: on a busy tenant every check agrees, on the page, in the API and in the helper
    @Test
    void theReconciliationPageShowsEveryCheckAgreeingOnABusyTenant() throws Exception {
        String page = mvc.perform(get("/accounting/reconciliation").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("AR control = Σ customer sub-ledger", "Store credit liability", "Customer deposits",
                "Trial balance", "check-agrees").doesNotContain("check-differs");
        mvc.perform(get("/api/v1/reconciliation").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.agrees == false)]").isEmpty());
        reconciliation.assertAllAgree(tenant);
    }

    // issue 10 point 10: the list over the API, with its totals and the aging filter
    @Test
    void theApiListsCustomersWithTheirAgingAndTotals() throws Exception {
        mvc.perform(get("/api/v1/receivables").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].name").value("Mara Mailed"))
                .andExpect(jsonPath("$.content[0].balance").value("340.00"))
                .andExpect(jsonPath("$.content[0].days61to90").value("250.00"))
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.totals.balance").value("370.00"));
        mvc.perform(get("/api/v1/receivables").param("aging", "61-90").with(tenant.owner().signedIn()))
                .andExpect(jsonPath("$.totalElements").value(1));
        // 08 §AR R3: by store — customers with an open invoice or a payment on account there
        mvc.perform(get("/api/v1/receivables").param("storeId", String.valueOf(tenant.store().value()))
                        .with(tenant.owner().signedIn()))
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/v1/receivables").param("storeId", String.valueOf(other.store().value()))
                        .with(tenant.owner().signedIn()))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/receivables").param("sort", "name").param("q", "nils").with(tenant.owner().signedIn()))
                .andExpect(jsonPath("$.content[0].name").value("Nils Nomail"))
                .andExpect(jsonPath("$.totals.balance").value("30.00"));
        mvc.perform(get("/api/v1/receivables").param("sort", "sideways").with(tenant.owner().signedIn()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/receivables/" + mailed.value()).with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ar.balance").value("340.00"))
                .andExpect(jsonPath("$.openInvoices.length()").value(2))
                .andExpect(jsonPath("$.ledger.content[0].running").value("340.00"));
    }

    private jakarta.servlet.http.Cookie tickedBoth() throws Exception {
        jakarta.servlet.http.Cookie session = com.jeweltrak.support.WebSignIn.session(mvc, tenant.owner().email(),
                TestTenants.PASSWORD);
        mvc.perform(post("/lists/selection").cookie(session).with(csrf()).header("HX-Request", "true")
                        .param("list", ReceivablesList.KEY).param("ids", mailed.value() + "," + noEmail.value())
                        .param("selected", "page"))
                .andExpect(status().isOk());
        return session;
    }

    // 08 §AR R7: the customers ticked on the list print as one PDF, a statement each
    @Test
    void theTickedCustomersStatementsPrintAsOnePdf() throws Exception {
        jakarta.servlet.http.Cookie session = tickedBoth();
        String form = mvc.perform(get("/accounting/receivables/statements/pdf").param("list", ReceivablesList.KEY)
                .cookie(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("id=\"selectedCount\">2<");
        byte[] pdf = mvc.perform(post("/accounting/receivables/statements/pdf").param("list", ReceivablesList.KEY)
                        .cookie(session).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(new PDFTextStripper().getText(document)).contains("Mara Mailed", "Nils Nomail");
        }
    }

    // 08 §AR R7: e-mailing the ticked customers says how many were queued and who was skipped
    @Test
    void emailingTheTickedCustomersSaysWhatWasQueuedAndSkipped() throws Exception {
        jakarta.servlet.http.Cookie session = tickedBoth();
        mvc.perform(post("/accounting/receivables/statements/email").param("list", ReceivablesList.KEY)
                        .param("from", TODAY.minusDays(30).toString()).param("to", TODAY.toString())
                        .cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/accounting/receivables"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flash", "Queued 1 statement, 1 skipped (no e-mail): Nils Nomail."));
    }

    // bad input on the bulk page: the inverted range comes back beside the field, as typed
    @Test
    void theBulkStatementsPageRefusesAnInvertedRangeBesideTheField() throws Exception {
        jakarta.servlet.http.Cookie session = tickedBoth();
        String page = mvc.perform(post("/accounting/receivables/statements/email").param("list", ReceivablesList.KEY)
                        .param("from", "2026-05-10").param("to", "2026-05-01").cookie(session).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"toError\"", "2026-05-10", "2026-05-01");
    }

    private String numberOf(InvoiceId id) {
        return ar.as(tenant, () -> transactions.execute(s -> jdbc.sql("select number from invoice where id = ?")
                .param(id.value()).query(Long.class).single())).toString();
    }

    private static String between(String page, String start, String end) {
        int i = page.indexOf(start);
        assertThat(i).as(start).isNotNegative();
        int from = i + start.length();
        return page.substring(from, page.indexOf(end, from)).trim();
    }

    static String text(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
