package com.jeweltrak.accounting.web;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;

import com.jeweltrak.accounting.ArFixtures;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Accounting → Accounts receivable in the browser (issue 10 point 1; 08-accounting §AR R2, R4, R7). */
class ReceivablesBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired ArFixtures ar) {
        tenant = tenants.open("ar-browser");
        ContactId bea = ar.customer(tenant, "Bea", "Browser", "bea@example.com");
        ar.onAccount(tenant, bea, LocalDate.now().minusDays(40), "320.00");
        ar.onAccount(tenant, bea, LocalDate.now().minusDays(2), "80.00");
    }

    // 08 §AR R2, R4, R7: the list → the customer's AR page → their statement PDF downloads
    @Test
    void fromTheListToTheCustomerToTheirStatementPdf() throws IOException {
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate(baseUrl() + "/accounting/receivables");
        page.waitForLoadState(LoadState.LOAD);
        assertThat(page.locator("#receivablesList")).containsText("400.00");
        assertThat(page.locator("#arTotal")).hasText("400.00");
        page.locator("#receivablesList a", new Page.LocatorOptions().setHasText("Bea Browser")).click();
        assertThat(page.locator("#customerName")).hasText("Bea Browser");
        assertThat(page.locator("#arBalance")).hasText("400.00");
        assertThat(page.locator("#openInvoices tbody tr")).hasCount(2);
        assertThat(page.locator("#arLedger .ar-running").first()).hasText("400.00");

        page.locator("#statementLink").click();
        assertThat(page.locator("#statementForm")).isVisible();
        Download download = page.waitForDownload(() -> page.locator("#statementPdf").click());
        String text = ReceivablesPagesTests.text(Files.readAllBytes(download.path()));
        assertThat(text).contains("Bea Browser", "Closing balance", "400.00", "Open invoices");
    }
}
