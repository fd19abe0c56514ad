package com.jeweltrak.reports.web;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.sales.TakingATender;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 11 point 7 through the Sales Register: find it, filter, sort, peek, export to Excel, pin it. */
class ReportShellBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired SalesFixtures fixtures,
                           @Autowired FinalizingAnInvoice finalizing, @Autowired TakingATender tenders) {
        tenant = tenants.open("report-browser");
        for (String[] sale : List.of(new String[]{"300.00", "0"}, new String[]{"100.00", "60"}, new String[]{"200.00", "200"})) {
            InvoiceId id = fixtures.open(tenant);
            fixtures.service(tenant, id, sale[0]);
            fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
            if (!sale[1].equals("0")) {
                fixtures.as(tenant, () -> tenders.take(id, new TakingATender.Request(PaymentMethod.CASH,
                        new BigDecimal(sale[1]), null, null, null, null)));
            }
        }
    }

    // 09 §2 R2–R5, R7; issue 11 point 7: the landing page, Apply, a sortable column, Quick Peek, Excel, the pin
    @Test
    void theSalesRegisterIsFilteredSortedPeekedExportedAndPinned() throws Exception {
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate("/reports");
        page.waitForLoadState(LoadState.LOAD);
        page.locator("#reportCatalog a.jt-report-link[href='/reports/sales-register']").click();
        assertThat(page.locator("#reportTitle")).hasText("Sales Register");
        assertThat(page.locator("#reportTable tbody tr")).hasCount(3);

        // R7: Apply re-runs the report in place and the URL carries the filters
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        page.locator("#filter-from").fill(today.withDayOfMonth(1).toString());
        page.locator("#filter-to").fill(today.toString());
        page.locator("#filter-status").selectOption("finalized");
        page.locator("#applyFilters").click();
        page.waitForURL(url -> url.contains("status=finalized"));
        assertThat(page.locator("#reportTable tbody tr")).hasCount(3);

        // §4 UI: Balance is sortable — lowest first, then highest first
        page.locator("th[data-column=balance] a").click();
        assertThat(page.locator("th[data-column=balance]")).hasAttribute("aria-sort", "ascending");
        assertThat(page.locator("#reportTable tbody tr").first()).containsText("0.00");
        page.locator("th[data-column=balance] a").click();
        assertThat(page.locator("th[data-column=balance]")).hasAttribute("aria-sort", "descending");
        assertThat(page.locator("#reportTable tbody tr").first()).containsText("300.00");
        page.waitForURL(url -> url.contains("sort=balance%2Cdesc") || url.contains("sort=balance,desc"));

        // R3 (2): the invoice number opens Quick Peek; the list stays
        Locator number = page.locator("#reportTable tbody tr").first().locator("td:first-child a.jt-peek-link");
        String invoiceNumber = number.textContent().trim();
        number.click();
        assertThat(page.locator(".jt-peek")).isVisible();
        assertThat(page.locator(".jt-peek")).containsText(invoiceNumber);
        assertThat(page.locator("#reportTable")).isVisible();
        page.keyboard().press("Escape");
        assertThat(page.locator(".jt-peek")).hasCount(0);

        // R4, R5: Excel of exactly these filters, in this order
        Download download = page.waitForDownload(() -> page.locator("#excelReport").click());
        assertThat(download.suggestedFilename()).isEqualTo("sales-register-" + today.withDayOfMonth(1) + "_to_" + today + ".xlsx");
        try (InputStream in = Files.newInputStream(download.path()); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.getFirst().getCellText(0)).isEqualTo("Inv #");
            assertThat(rows.get(1).getCellText(0)).isEqualTo(invoiceNumber);
            assertThat(rows.get(1).getCell(12).asNumber()).isEqualByComparingTo("300.00");
            assertThat(rows.get(4).getCellText(0)).isEqualTo("Total");
            assertThat(rows.get(4).getCell(6).asNumber()).isEqualByComparingTo("600.00");
        }

        // R2: the star pins the report; the landing page shows it under Pinned
        page.locator(".jt-report-star .jt-star").click();
        assertThat(page.locator(".jt-report-star .jt-star")).hasAttribute("data-pinned", "true");
        page.navigate("/reports");
        assertThat(page.locator("#pinnedReports")).containsText("Sales Register");
        assertThat(page.locator("#recentReports")).containsText("Sales Register");
    }
}
