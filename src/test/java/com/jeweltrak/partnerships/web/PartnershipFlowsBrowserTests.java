package com.jeweltrak.partnerships.web;

import static com.jeweltrak.partnerships.PartnershipFixtures.owner;
import static com.jeweltrak.partnerships.PartnershipFixtures.profitOnly;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.partnerships.PartnershipFixtures;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Both partnership flows in the browser (issue 8 point 9): owner-sold reconcile with a reason, and Sell to Partner. */
class PartnershipFlowsBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;
    static String soldStockId;
    static ItemId forPartner;

    @BeforeAll
    static void coOwnedItems(@Autowired TestTenants tenants, @Autowired PartnershipFixtures fixtures) {
        tenant = tenants.open("partnership-flows-browser");
        ContactId lou = fixtures.contact(tenant, "Lou", "Lender", true);
        ContactId max = fixtures.contact(tenant, "Max", "Finder", true);
        ItemId sold = fixtures.item(tenant, "8000");
        fixtures.setUp(tenant, sold, "10000", owner(lou, "40"), profitOnly(max, "10"));
        fixtures.sell(tenant, sold, "9000");
        soldStockId = fixtures.stockId(tenant, sold);
        forPartner = fixtures.item(tenant, "10000");
        fixtures.setUp(tenant, forPartner, null, new com.jeweltrak.partnerships.PartnerShare(lou,
                com.jeweltrak.partnerships.ShareKind.OWNER, new java.math.BigDecimal("50"), true));
    }

    // 02-sales §Partnerships R7–R9: expand, change a payout → Reason appears and "You keep" follows; no reason → refused
    @Test
    void reconcilingWithAChangedPayoutNeedsItsReason() {
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate(baseUrl() + "/partnerships");
        assertThat(page.locator("#owedPartnerships")).containsText(soldStockId);
        page.locator("#owedPartnerships button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Reconcile…")).click();
        assertThat(page.locator(".jt-you-keep")).hasText("You keep 5,400.00");
        assertThat(page.locator("#reason-0")).isHidden();
        page.locator("#payout-0").fill("3400.00");
        assertThat(page.locator("#reason-0")).isVisible();
        assertThat(page.locator(".jt-you-keep")).hasText("You keep 5,600.00");
        page.locator(".jt-reconcile button[type=submit]").click();
        page.waitForLoadState(LoadState.LOAD);
        assertThat(page.locator(".jt-reconcile")).containsText("say why");
        page.locator("#reason-0").fill("$200 for the repair the store paid");
        page.locator(".jt-reconcile button[type=submit]").click();
        page.waitForLoadState(LoadState.LOAD);
        assertThat(page.locator("#paidPartnerships")).containsText(soldStockId);
    }

    // 02-sales §Partnerships R11: the tab's Sell to Partner opens the draft settlement invoice to the partner
    @Test
    void sellToPartnerOpensTheSettlementInvoice() {
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate(baseUrl() + "/partnerships/items/" + forPartner.value());
        page.locator("#sellToPartner").click();
        page.waitForLoadState(LoadState.LOAD);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/sales/invoices/\\d+$"));
        assertThat(page.locator("body")).containsText("Lou Lender");
    }
}
