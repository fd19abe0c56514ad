package com.jeweltrak.sales.web;

import java.io.IOException;

import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Selling a ring with a trade-in (issue 7 point 8; 02-sales §Trade-In R1, R4, R5): the page and the PDF show the
 * negotiated figures, the trial balance the honest ones (Inventory at actual value, Sales less the over-allowance).
 */
class TradeInBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;
    static InvoiceId invoice;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired SalesFixtures fixtures) {
        tenant = tenants.open("trade-in-browser");
        invoice = fixtures.openWith(tenant, fixtures.ring(tenant)); // Cora Buyer buys the 1,200.00 ring (cost 350.00)
    }

    private Locator trialBalanceRow(String account) {
        return page.locator("#trialBalance tbody tr").filter(new Locator.FilterOptions()
                .setHasText(java.util.regex.Pattern.compile("^\\s*\\d+\\s+" + account + "\\s+[A-Z_]+\\s")));
    }

    @Test
    void aRingSoldWithATradeInShowsTheNegotiatedFiguresAndBooksTheHonestOnes() throws IOException {
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate("/sales/invoices/" + invoice);
        page.waitForLoadState(LoadState.LOAD);

        // bad input first: a trade-in with no value is refused beside the credit, the description kept
        page.locator("#openTradeIn").click();
        page.locator("#tradeDescription").fill("Old gold bracelet");
        page.locator("#tradeCategory").fill("Bracelet");
        page.locator("#tradeCredit").fill("0");
        page.locator("#addTradeIn").click();
        assertThat(page.locator("#tradeCreditError")).containsText("needs a value");
        assertThat(page.locator("#tradeDescription")).hasValue("Old gold bracelet");

        // 500.00 credit for a bracelet really worth 300.00
        page.locator("#tradeCredit").fill("500.00");
        page.locator("#tradeActualValue").fill("300.00");
        page.locator("#addTradeIn").click();
        assertThat(page.locator(".jt-trade-in")).containsText("Trade-in (Bracelet)");
        assertThat(page.locator("#tradeIns")).hasText("-500.00");
        assertThat(page.locator("#subtotal")).hasText("700.00");

        // R4: the ring's concession is prefilled with credit − actual value; saving it leaves the amount due alone
        Locator concession = page.locator("input[name=tradeConcession]");
        assertThat(concession).hasValue("200.00");
        page.locator(".jt-trade-fields button").first().click();
        assertThat(page.locator("#total")).hasText("700.00");

        page.locator("#finalizeInvoice").click();
        assertThat(page.locator("#invoiceStatus")).hasText("Finalized");
        assertThat(page.locator(".jt-trade-concession")).containsText("200.00");

        // R1: the customer's document shows the full credit and the amount due, never the actual value or the concession
        APIResponse pdf = page.request().get(page.locator("#printInvoice").getAttribute("href"));
        String text = InvoicePagesTests.text(pdf.body());
        assertThat(text).contains("Trade-in: Old gold bracelet", "-500.00", "Total 700.00").doesNotContain("300.00");

        // issue 7 point 6: the bracelet in Inventory at 300.00 (the ring's 350.00 went to COGS), Sales 1,200 − 200
        page.navigate("/accounting/trial-balance");
        assertThat(trialBalanceRow("Inventory")).containsText("300.00");
        assertThat(trialBalanceRow("Sales")).containsText("1,000.00");
        assertThat(page.locator("#balancedBadge")).isVisible();
    }
}
