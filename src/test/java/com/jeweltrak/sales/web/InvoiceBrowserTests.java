package com.jeweltrak.sales.web;

import java.io.IOException;

import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The counter's sale (issue 6 §6–7): scan two items, take cash and card, finalize, print, void. */
class InvoiceBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;
    static String first;
    static String second;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired SalesFixtures fixtures) {
        tenant = tenants.open("invoice-browser");
        fixtures.customer(tenant); // Cora Buyer: a sale on account may have its tenders voided once finalized
        first = fixtures.ring(tenant);
        second = fixtures.ring(tenant);
    }

    // issue 6 §6–7, 02-sales §Finalize R4, R7; decision 1: a sale from scan to PDF, and its void once one tender is
    // voided and the other moved to the customer's credit on account
    @Test
    void aSaleWithCashAndCardIsFinalizedPrintedAndVoided() throws IOException {
        page.onDialog(dialog -> dialog.accept());
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate("/sales");
        page.waitForLoadState(LoadState.LOAD);
        page.locator("#picker-customer").fill("Cora");
        page.locator(".jt-picker-option").first().click();
        page.locator("#newInvoiceButton").click();
        assertThat(page.locator("#invoiceStatus")).hasText("Open");
        assertThat(page.locator("#headerCard")).containsText("Cora Buyer");

        // design §5: an unknown StockID is refused in place, beside the box, and nothing else changes
        page.locator("#stockId").fill("NO-SUCH-1");
        page.locator("#stockId").press("Enter");
        assertThat(page.locator("#stockIdError")).isVisible();
        assertThat(page.locator(".alert-danger")).hasCount(0);

        // a keyboard-wedge scanner types the StockID and Enter; the box clears and keeps the focus for the next one
        page.locator("#stockId").fill(first);
        page.locator("#stockId").press("Enter");
        assertThat(page.locator("#invoiceLines")).containsText(first);
        assertThat(page.locator("#stockId")).hasValue("");
        assertThat(page.locator("#stockId")).isFocused();
        page.keyboard().type(second);
        page.keyboard().press("Enter");
        assertThat(page.locator("#invoiceLines")).containsText(second);
        assertThat(page.locator("#subtotal")).hasText("2,400.00");

        page.locator("#tenderForm select[name=method]").selectOption("CASH");
        page.locator("#tenderForm [name=amount]").fill("400");
        page.locator("#takePayment").click();
        assertThat(page.locator("#tenders")).containsText("Cash");
        String balance = page.locator("#balance").textContent().replace(",", "");
        page.locator("#tenderForm select[name=method]").selectOption("CARD");
        page.locator("#tenderForm [name=amount]").fill(balance);
        page.locator("#tenderForm [name=cardLast4]").fill("4242");
        page.locator("#tenderForm [name=authCode]").fill("A1B2C3");
        page.locator("#takePayment").click();
        assertThat(page.locator("#balance")).hasText("0.00");

        page.locator("#finalizeInvoice").click();
        assertThat(page.locator("#invoiceStatus")).hasText("Finalized");

        String pdfUrl = page.locator("#printInvoice").getAttribute("href");
        APIResponse pdf = page.request().get(pdfUrl);
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        String text = InvoicePagesTests.text(pdf.body());
        assertThat(text).contains(first, second, "Finalized", "Cash 400.00", "4242", "Balance 0.00");

        // decision 1: with payments applied the void is refused with the three ways out
        page.locator("#voidInvoice").click();
        assertThat(page.locator("#actionErrors")).containsText("void the payment");
        // the card charge is voided; the cash stays Cora's as credit on account — the void screen's one click
        page.locator("#tenders li", new Page.LocatorOptions().setHasText("4242")).locator(".jt-void-payment").click();
        assertThat(page.locator(".jt-void-payment")).hasCount(1);
        page.locator("#voidInvoice").click();
        page.locator("#moveToCredit").click();
        assertThat(page.locator(".jt-moved-to-credit")).hasCount(1);
        assertThat(page.locator(".jt-credit-on-account").first()).containsText("400.00");
        page.locator("#voidInvoice").click();
        assertThat(page.locator("#invoiceStatus")).hasText("Voided");
    }
}
