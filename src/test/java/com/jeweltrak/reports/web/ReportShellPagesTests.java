package com.jeweltrak.reports.web;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.platform.users.ManagingGroups;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.sales.TakingATender;
import com.jeweltrak.sales.VoidingAnInvoice;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 09-reports §2: the report shell's page, its htmx fragment, pills, the toolbar's exports and Email. */
@IntegrationTest
class ReportShellPagesTests {

    @Autowired MockMvc mvc;
    @Autowired TestTenants tenants;
    @Autowired SalesFixtures fixtures;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired TakingATender tenders;
    @Autowired VoidingAnInvoice voiding;
    @Autowired ManagingGroups groups;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    TestTenants.Tenant tenant;

    @BeforeEach
    void openTenant() {
        tenant = tenants.open("report-shell");
    }

    @Test
    void thePageShowsTheFiltersWithTheirDefaultsAndTheFooterTotals() throws Exception {
        // 09 §2 R3, R6: the period opens as the 1st of the month → today; the footer totals every money column
        finalized("100.00");
        finalized("250.00");

        String html = page("/reports/sales-register", 200);

        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        assertThat(html).contains("id=\"filter-from\"").contains("value=\"" + today.withDayOfMonth(1) + "\"")
                .contains("id=\"filter-to\"").contains("value=\"" + today + "\"")
                .contains("id=\"filter-status\"").contains("<option value=\"all\" selected=\"selected\">All</option>")
                .contains("jt-report-footer").contains(">Total<").contains(">350.00<")
                .contains("Showing 1–2 of 2")
                .doesNotContain("id=\"filter-store\""); // C11: one store, nothing to choose
    }

    @Test
    void anHtmxRequestGetsTheResultsFragmentOnly() throws Exception {
        // 09 §2 R3: Apply re-runs the report in place; one URL serves the page and the fragment
        finalized("100.00");

        String html = mvc.perform(get("/reports/sales-register").header("HX-Request", "true").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"reportBody\"").contains("id=\"reportTable\"")
                .doesNotContain("<html").doesNotContain("jt-topbar").doesNotContain("id=\"reportTitle\"");
    }

    @Test
    void anInvertedRangeIsSaidBesideToWithWhatWasTypedKeptAndNoResults() throws Exception {
        // issue 11: an inverted date range → a message in the filter bar, not an error page
        String path = "/reports/sales-register?from=2026-05-10&to=2026-05-01";

        String html = page(path, 422);
        String fragment = mvc.perform(get(path).header("HX-Request", "true").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        for (String answer : List.of(html, fragment)) {
            assertThat(answer).contains("id=\"filter-to-error\"").contains("To must be on or after From.")
                    .contains("value=\"2026-05-10\"").contains("value=\"2026-05-01\"").doesNotContain("id=\"reportTable\"");
        }
    }

    @Test
    void anUnknownSortIsSaidInTheFilterBar() throws Exception {
        String html = page("/reports/sales-register?sort=cost;drop", 422);

        assertThat(html).contains("jt-bar-error").contains("Sort by one of the report&#39;s columns")
                .doesNotContain("id=\"reportTable\"");
    }

    @Test
    void anUnknownReportIsNotFound() throws Exception {
        mvc.perform(get("/reports/no-such-report").with(tenant.owner().signedIn())).andExpect(status().isNotFound());
    }

    @Test
    void somebodyWithoutShowReportsIsRefused() throws Exception {
        // 09 C11: the Reports module needs ShowReports
        TestTenants.Person clerk = tenants.addPerson(tenant, "Clerk", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());

        mvc.perform(get("/reports/sales-register").with(clerk.signedIn())).andExpect(status().isForbidden());
        mvc.perform(get("/reports").with(clerk.signedIn())).andExpect(status().isForbidden());
        mvc.perform(get("/reports/sales-register/export.csv").with(clerk.signedIn())).andExpect(status().isForbidden());
    }

    @Test
    void aCostColumnIsHiddenFromSomebodyWithoutCanViewCost() throws Exception {
        // 09 §2, decision 7: a column about cost shows only with CanViewCost — on the page and in every export
        finalized("100.00");
        long reportsOnly = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> groups.create("Reports only",
                "reads reports, no cost", Set.of(Permission.SHOW_REPORTS)));
        TestTenants.Person reader = tenants.addPerson(tenant, "Reader", Set.of(reportsOnly), Set.of());

        String asOwner = body(get("/reports/shell-check?view=detail"), tenant.owner(), 200);
        String asReader = body(get("/reports/shell-check?view=detail"), reader, 200);
        String csvAsReader = body(get("/reports/shell-check/export.csv?view=detail"), reader, 200);

        assertThat(asOwner).contains("data-column=\"cost\"").contains(">40.00<");
        assertThat(asReader).doesNotContain("data-column=\"cost\"").doesNotContain(">40.00<").contains(">100.00<");
        assertThat(csvAsReader).doesNotContain("Cost").contains("Total");
    }

    @Test
    void aSummaryCellDrillsIntoTheDetailWithARemovablePill() throws Exception {
        // 09 C2: clicking a Summary label opens Detail filtered by a pill; × removes the filter
        finalized("100.00");
        long customer = fixtures.customer(tenant).value();

        String summary = page("/reports/shell-check", 200);
        String drilled = "/reports/shell-check?customer=" + customer + "&amp;view=detail";
        assertThat(summary).contains("href=\"" + drilled + "\"").contains(">Summary<").contains(">Detail<");

        String detail = page("/reports/shell-check?view=detail&customer=" + customer, 200);
        assertThat(detail).contains("Customer: Cora Buyer").contains("href=\"/reports/shell-check?view=detail\"")
                .contains("name=\"customer\" value=\"" + customer + "\"")
                .contains("data-peek=\"/peek/invoice/");
    }

    @Test
    void aContactFilterShowsTheChosenNameAndAUserFilterOffersUnassigned() throws Exception {
        // 09 §2 R3 (1): the filter bar is generated from the declaration — a contact picker, a user select
        finalized("100.00");
        long customer = fixtures.customer(tenant).value();

        String html = page("/reports/shell-check?payer=" + customer + "&salesperson=0", 200);

        assertThat(html).contains("name=\"payer\" class=\"jt-picker-value\" value=\"" + customer + "\"")
                .contains("value=\"Cora Buyer\"")
                .contains("<option value=\"0\" selected=\"selected\">— unassigned —</option>")
                .contains("<option value=\"" + tenant.owner().id().value() + "\">Owner ");
        // the invoice is the owner's sale: "unassigned" finds nothing, the owner finds it
        assertThat(html).contains("id=\"reportEmpty\"");
        assertThat(page("/reports/shell-check?salesperson=" + tenant.owner().id().value(), 200)).contains(">100.00<");
    }

    @Test
    void thePagerSaysWhichRowsShowAndTheFooterStillCoversThemAll() throws Exception {
        // 09 §2 R3: paging keeps the filters; the footer totals every matching row, not just the page
        finalized("100.00");
        finalized("200.00");
        finalized("300.00");

        String first = page("/reports/sales-register?size=2", 200);
        String second = page("/reports/sales-register?page=1&size=2", 200);

        assertThat(first).contains("Showing 1–2 of 3").contains("href=\"/reports/sales-register?page=1&amp;size=2\"")
                .contains(">600.00<");
        assertThat(second).contains("Showing 3–3 of 3").contains("href=\"/reports/sales-register?size=2\"")
                .contains(">600.00<");
        assertThat(page("/reports/sales-register?page=-1", 422)).contains("Page must be a whole number");
    }

    @Test
    void theFooterShowsTheBreakdownsAndAVoidedRowIsStruckThrough() throws Exception {
        // 09 §2 R3 (3): sums and subtotal breakdowns; C8/§4: a voided row is marked
        finalized("100.00");
        InvoiceId voided = finalized("30.00");
        fixtures.run(tenant, () -> voiding.voidInvoice(voided));

        String html = page("/reports/shell-check?view=detail", 200);

        assertThat(html).contains("By status: Finalized 100.00 · Voided 30.00").contains("class=\"jt-voided\"");
    }

    @Test
    void theCsvHasTheHeaderTheRowsAndATotalRow() throws Exception {
        // 09 §2 R4 CSV, R5: the current filters; R9: the file name carries the range
        InvoiceId id = finalized("100.00");
        pay(id, "40.00");
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));

        MockHttpServletResponse response = export("/reports/sales-register/export.csv?status=finalized");

        assertThat(response.getHeader("Content-Disposition")).contains("sales-register-" + today.withDayOfMonth(1)
                + "_to_" + today + ".csv");
        String text = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records.getFirst().values()).startsWith("Inv #", "Date", "Status").contains("Balance");
        assertThat(records).hasSize(3);
        assertThat(records.get(1).get(2)).isEqualTo("Finalized");
        assertThat(records.get(1).get(10)).isEqualTo("40.00");
        assertThat(records.get(2).get(0)).isEqualTo("Total");
        assertThat(records.get(2).get(10)).isEqualTo("40.00");
    }

    @Test
    void theExcelFileHasABoldFrozenHeaderNumericMoneyAndATotalsRow() throws Exception {
        // 09 §2 R4 Excel: frozen header row, money-formatted columns, a totals row
        InvoiceId id = finalized("100.00");
        pay(id, "40.00");

        MockHttpServletResponse response = export("/reports/sales-register/export.xlsx");

        byte[] bytes = response.getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.getFirst().getCellText(0)).isEqualTo("Inv #");
            Row invoice = rows.get(1);
            assertThat(invoice.getCell(10).getType()).isEqualTo(CellType.NUMBER);
            assertThat(invoice.getCell(10).asNumber()).isEqualByComparingTo(new BigDecimal("40.00"));
            Row total = rows.get(2);
            assertThat(total.getCellText(0)).isEqualTo("Total");
            assertThat(total.getCell(10).asNumber()).isEqualByComparingTo(new BigDecimal("40.00"));
        }
        String sheet = sheetXml(bytes);
        assertThat(sheet).contains("<pane").contains("state=\"frozen\"");
    }

    @Test
    void thePdfShowsTheTitleTheFiltersARowAndTheTotal() throws Exception {
        // 09 §2 R4 PDF: rendered on the server
        InvoiceId id = finalized("123.45");

        MockHttpServletResponse response = export("/reports/sales-register/export.pdf");

        assertThat(response.getContentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Sales Register").contains("Invoice date").contains("Status: All")
                    .contains(number(id)).contains("123.45").contains("Total").contains("Printed");
        }
    }

    @Test
    void thePrintPageIsTheSameContentWithoutNavigation() throws Exception {
        InvoiceId id = finalized("80.00");

        String html = page("/reports/sales-register/print", 200);

        assertThat(html).contains("data-print-on-load").contains(number(id)).contains("80.00")
                .doesNotContain("jt-topbar");
    }

    @Test
    void emailQueuesOneMailWithTheReportAttached() throws Exception {
        // 09 §2 R4 Email: an attachment to an address the person types
        finalized("100.00");

        mvc.perform(post("/reports/sales-register/email").with(tenant.owner().signedIn()).with(csrf())
                        .param("toAddress", "boss@example.com").param("subject", "Register").param("format", "xlsx")
                        .param("status", "finalized"))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                        .isEqualTo("/reports/sales-register?status=finalized"))
                .andExpect(result -> assertThat(result.getFlashMap().get("flash")).isEqualTo("Queued for boss@example.com."));

        List<String> mails = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> jdbc.sql("""
                        select m.subject || '|' || f.file_name from mail_outbox m join stored_file f on f.id = m.attachment_file_id
                        where m.to_address = 'boss@example.com'""").query(String.class).list()));
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst()).startsWith("Register|sales-register-").endsWith(".xlsx");
    }

    @Test
    void aBadAddressIsRefusedBesideTheFieldWithWhatWasTypedKept() throws Exception {
        String html = body(post("/reports/sales-register/email").with(csrf()).param("toAddress", "not-an-address")
                .param("subject", "Kept subject").param("format", "pdf"), tenant.owner(), 422);

        assertThat(html).contains("id=\"emailTo-error\"").contains("value=\"not-an-address\"")
                .contains("value=\"Kept subject\"");
        long queued = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s ->
                jdbc.sql("select count(*) from mail_outbox where to_address = 'not-an-address'").query(Long.class).single()));
        assertThat(queued).isZero();
    }

    private String page(String path, int status) throws Exception {
        return body(get(path), tenant.owner(), status);
    }

    private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                        TestTenants.Person who, int status) throws Exception {
        return mvc.perform(request.with(who.signedIn())).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse export(String path) throws Exception {
        return mvc.perform(get(path).with(tenant.owner().signedIn())).andExpect(status().isOk()).andReturn().getResponse();
    }

    private String number(InvoiceId id) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s ->
                jdbc.sql("select number::text from invoice where id = ?").param(id.value()).query(String.class).single()));
    }

    private static String sheetXml(byte[] xlsx) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("report", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                        StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    private InvoiceId finalized(String price) {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, price);
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        return id;
    }

    private void pay(InvoiceId id, String amount) {
        fixtures.as(tenant, () -> tenders.take(id, new TakingATender.Request(PaymentMethod.CASH, new BigDecimal(amount),
                null, null, null, null)));
    }

}
