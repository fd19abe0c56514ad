package com.jeweltrak.sales.web;

import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A gift card from the counter (issue 10 point 6; 08-accounting §Gift Cards R1–R4): sold, spent by a walk-in, looked up. */
class GiftCardBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired SalesFixtures fixtures) {
        tenant = tenants.open("gift-card-browser");
        fixtures.customer(tenant); // Cora Buyer buys the card
    }

    // R1: sold on Cora's invoice; R2, R4: part of it pays a walk-in's sale, the balance showing as the number is typed;
    // R3: the lookup box finds what is left
    @Test
    void aCardSoldOnOneInvoiceIsPartlySpentByAWalkInAndLookedUp() {
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate("/sales");
        page.waitForLoadState(LoadState.LOAD);
        page.locator("#picker-customer").fill("Cora");
        page.locator(".jt-picker-option").first().click();
        page.locator("#newInvoiceButton").click();
        assertThat(page.locator("#invoiceStatus")).hasText("Open");

        page.locator("#openGiftCard").click();
        page.locator("#saleGiftCardNumber").fill("7000-1");
        page.locator("#saleGiftCardAmount").fill("50");
        page.locator("#addGiftCard").click();
        assertThat(page.locator("#invoiceLines [name=description]").first()).hasValue("Gift card 70001");
        assertThat(page.locator("#balance")).hasText("50.00");
        page.locator("#tenderForm select[name=method]").selectOption("CASH");
        page.locator("#tenderForm [name=amount]").fill("50");
        page.locator("#takePayment").click();
        assertThat(page.locator("#balance")).hasText("0.00");
        page.locator("#finalizeInvoice").click();
        assertThat(page.locator("#invoiceStatus")).hasText("Finalized");

        // a walk-in sale: no customer
        page.navigate("/sales/invoices");
        page.locator("#newInvoiceButton").click();
        assertThat(page.locator("#invoiceStatus")).hasText("Open");
        page.locator("#addLineForm [name=description]").fill("Watch strap");
        page.locator("#addLineForm [name=unitPrice]").fill("20");
        page.locator("#addLineForm [name=taxable]").uncheck();
        page.locator("#addNonStock").click();
        assertThat(page.locator("#balance")).hasText("20.00");
        page.locator("#tenderForm select[name=method]").selectOption("GIFT_CARD");
        page.locator("#giftCardNumber").pressSequentially("70001");
        assertThat(page.locator("#giftCardBalance")).hasText("Gift card 70001 holds 50.00.");
        page.locator("#tenderForm [name=amount]").fill("20");
        page.locator("#takePayment").click();
        assertThat(page.locator("#balance")).hasText("0.00");
        assertThat(page.locator("#tenders")).containsText("Gift card");
        page.locator("#finalizeInvoice").click();
        assertThat(page.locator("#invoiceStatus")).hasText("Finalized");

        page.navigate("/sales/gift-cards");
        page.locator("#lookupNumber").fill("7000 1");
        page.locator("#lookupButton").click();
        assertThat(page.locator("#giftCardBalanceValue")).hasText("30.00");
        assertThat(page.locator("#giftCardHistory")).containsText("Redeemed");
    }
}
