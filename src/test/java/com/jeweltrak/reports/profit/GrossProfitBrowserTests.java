package com.jeweltrak.reports.profit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;

import com.jeweltrak.partnerships.PartnershipFixtures;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11 point 7: the Gross Profit report as a person uses it — Summary, Detail, a figure drilled into, Excel and PDF
 * exports read back, and the report pinned to the landing page.
 */
class GrossProfitBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;

    @BeforeAll
    static void sellTwoPieces(@Autowired TestTenants tenants, @Autowired PartnershipFixtures partnerships) {
        tenant = tenants.open("gp-browser");
        // 09 §13 worked example: a $10K item sold for $20K → GP $10K; and a small sale beside it
        partnerships.sell(tenant, partnerships.item(tenant, "10000"), "20000");
        partnerships.sell(tenant, partnerships.item(tenant, "300"), "500");
    }

    // 09 §13 R1, R5, R8; §2 R2–R5; C2
    @Test
    void theGrossProfitReportIsSwitchedDrilledExportedAndPinned() throws Exception {
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate("/reports");
        page.waitForLoadState(LoadState.LOAD);
        page.locator("#reportCatalog a.jt-report-link[href='/reports/gross-profit']").click();
        assertThat(page.locator("#reportTitle")).hasText("Gross Profit");

        // Summary: one row per invoice, the footer GP and GP % from the sums (10,200 ÷ 20,500)
        assertThat(page.locator("#reportTable tbody tr")).hasCount(2);
        assertThat(page.locator("tfoot td[data-column=gp]")).hasText("10,200.00");
        assertThat(page.locator("tfoot td[data-column=gp_pct]")).hasText("49.76 %");

        // the view selector: Detail lists the lines with their Stock #, then back to Summary
        page.locator(".jt-report-views a", new Page.LocatorOptions().setHasText("Detail")).click();
        page.waitForURL(url -> url.contains("view=detail"));
        assertThat(page.locator("th[data-column=stock_number]")).isVisible();
        assertThat(page.locator("#reportTable tbody tr")).hasCount(2);
        page.locator(".jt-report-views a", new Page.LocatorOptions().setHasText("Summary")).click();
        page.waitForURL(url -> url.contains("view=summary"));

        // drill into the big sale's GP figure: Detail of that invoice, behind a removable Invoice pill
        Locator bigSale = page.locator("#reportTable tbody tr", new Page.LocatorOptions().setHasText("20,000.00"));
        String invoiceNumber = bigSale.locator("td:first-child a").textContent().trim();
        bigSale.locator("td:nth-child(6) a.jt-drill").click();
        page.waitForURL(url -> url.contains("view=detail") && url.contains("invoice=" + invoiceNumber));
        assertThat(page.locator(".jt-pill[data-filter=invoice]")).containsText(invoiceNumber);
        assertThat(page.locator("#reportTable tbody tr")).hasCount(1);
        assertThat(page.locator("tfoot td[data-column=gp]")).hasText("10,000.00");

        // Excel of exactly this view and filter: the one line, GP as a number, and the totals row
        Download excel = page.waitForDownload(() -> page.locator("#excelReport").click());
        assertThat(excel.suggestedFilename()).startsWith("gross-profit-").endsWith(".xlsx");
        try (InputStream in = Files.newInputStream(excel.path()); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> rows = workbook.getFirstSheet().read();
            int gp = column(rows.getFirst(), "GP");
            assertThat(rows.get(1).getCellText(0)).isEqualTo(invoiceNumber);
            assertThat(rows.get(1).getCell(gp).asNumber()).isEqualByComparingTo(new BigDecimal("10000.00"));
            assertThat(rows.get(2).getCellText(0)).isEqualTo("Total");
            assertThat(rows.get(2).getCell(gp).asNumber()).isEqualByComparingTo(new BigDecimal("10000.00"));
        }

        // PDF rendered on the server: title, the line, the total
        Download pdf = page.waitForDownload(() -> page.locator("#pdfReport").click());
        try (var document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Gross Profit", invoiceNumber, "20,000.00", "10,000.00", "Total");
            assertThat(text).doesNotContain("500.00");
        }

        // × on the pill widens back to both lines
        page.locator(".jt-pill[data-filter=invoice] a").click();
        page.waitForURL(url -> !url.contains("invoice="));
        assertThat(page.locator("#reportTable tbody tr")).hasCount(2);

        // the star pins it; the landing page shows it under Pinned and Recently viewed
        page.locator(".jt-report-star .jt-star").click();
        assertThat(page.locator(".jt-report-star .jt-star")).hasAttribute("data-pinned", "true");
        page.navigate("/reports");
        assertThat(page.locator("#pinnedReports")).containsText("Gross Profit");
        assertThat(page.locator("#recentReports")).containsText("Gross Profit");
    }

    private static int column(Row header, String label) {
        for (int c = 0; c < header.getCellCount(); c++) {
            if (label.equals(header.getCellText(c))) return c;
        }
        throw new AssertionError("no column " + label);
    }
}
