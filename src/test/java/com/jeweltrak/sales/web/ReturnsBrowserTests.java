package com.jeweltrak.sales.web;

import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.ReturnFixtures;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** An exchange at the counter (02-sales §Returns and Exchanges R2, R4, R5, R7; 08-accounting §Store Credits R2, R4). */
class ReturnsBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;
    static long soldLine;
    static String cheaper;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired SalesFixtures fixtures, @Autowired ReturnFixtures returns) {
        tenant = tenants.open("returns-browser");
        fixtures.customer(tenant); // Cora Buyer
        InvoiceId sale = returns.soldRing(tenant, fixtures.ring(tenant)); // 1,200.00, bought earlier
        soldLine = returns.itemLine(tenant, sale);
        cheaper = returns.ring(tenant, "800.00");
    }

    private void newInvoiceForCora() {
        page.navigate("/sales");
        page.waitForLoadState(LoadState.LOAD);
        page.locator("#picker-customer").fill("Cora");
        page.locator(".jt-picker-option").first().click();
        page.locator("#newInvoiceButton").click();
        assertThat(page.locator("#invoiceStatus")).hasText("Open");
    }

    // Cora brings back the ring she bought, takes a cheaper one, gets the difference as store credit, and spends part
    // of that credit on a later sale
    @Test
    void aCustomerExchangesARingForACheaperOneAndSpendsTheCreditLater() {
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        newInvoiceForCora();

        // R2: Return… lists her earlier ring; choosing it adds a negative line
        page.locator("#openReturns").click();
        page.locator("#returnable-" + soldLine + " .jt-return").click();
        assertThat(page.locator(".jt-return-line")).hasCount(1);
        assertThat(page.locator("#subtotal")).hasText("-1,200.00");

        // R7: the cheaper ring goes out on the same invoice
        page.locator("#stockId").fill(cheaper);
        page.locator("#stockId").press("Enter");
        assertThat(page.locator("#invoiceLines")).containsText(cheaper);
        assertThat(page.locator("#balance")).hasText("-400.00");

        // R4, R5(b): the amber Refund customer issues the 400.00 as store credit; nothing is due any more (R6)
        assertThat(page.locator("#takePayment")).hasCount(0);
        page.locator("#refundMethod").selectOption("STORE_CREDIT");
        assertThat(page.locator("#refundForm [name=amount]")).hasValue("400.00");
        page.locator("#refundCustomer").click();
        assertThat(page.locator("#balance")).hasText("0.00");
        assertThat(page.locator("#tenders")).containsText("Store credit");
        page.locator("#finalizeInvoice").click();
        assertThat(page.locator("#invoiceStatus")).hasText("Finalized");

        // 08 §Store Credits R3, R4: a later sale shows the credit and takes part of it as a tender
        newInvoiceForCora();
        page.locator("#addLineForm [name=description]").fill("Watch battery and cleaning");
        page.locator("#addLineForm [name=quantity]").fill("1");
        page.locator("#addLineForm [name=unitPrice]").fill("250.00");
        page.locator("#addNonStock").click();
        assertThat(page.locator("#storeCreditAvailable")).containsText("400.00");
        page.locator("#tenderForm select[name=method]").selectOption("STORE_CREDIT");
        page.locator("#tenderForm [name=amount]").fill("250.00");
        page.locator("#takePayment").click();
        assertThat(page.locator("#balance")).hasText("0.00");
        assertThat(page.locator("#storeCreditAvailable")).containsText("150.00");
    }
}
