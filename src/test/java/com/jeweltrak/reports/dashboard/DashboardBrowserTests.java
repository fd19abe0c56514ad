package com.jeweltrak.reports.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.jeweltrak.accounting.ArFixtures;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Dashboard in a browser: Chart.js loads under the CSP, draws, and the toggle re-fetches its data (09 §1 R2, R3). */
class DashboardBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired ArFixtures ar) {
        tenant = tenants.open("dashboard-browser");
        ContactId cora = ar.customer(tenant, "Cora", "Charted", null);
        ar.onAccount(tenant, cora, java.time.LocalDate.now().minusDays(1), "250.00");
    }

    @Test
    void theSalesChartDrawsAndTheExcludeTradeInsToggleFetchesItsDataAgain() {
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) errors.add(m.text());
        });
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);

        assertThat(page.locator("#salesHistoryChart")).isVisible();
        page.waitForFunction("() => window.Chart && Chart.getChart(document.getElementById('salesHistoryChart'))");

        Response refetch = page.waitForResponse(r -> r.url().contains("/dashboard/sales-history?excludeTradeIns=true"),
                () -> page.locator("#excludeTradeIns").check());
        org.assertj.core.api.Assertions.assertThat(refetch.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(errors).isEmpty();
        assertThat(page.locator("#arBalanceCounter")).containsText("250.00");
    }
}
