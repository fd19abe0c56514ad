package com.jeweltrak.partnerships;

import static com.jeweltrak.partnerships.PartnershipFixtures.owner;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Partnerships in the browser (issue 8 point 9): both flows end to end — owner sold and Sell to Partner — and the Sold
 * Partnership Items report with the audit view.
 */
class PartnershipBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;
    static String owed;
    static String paid;

    @Autowired PartnershipFixtures fixtures;

    @BeforeAll
    static void sellCoOwnedItems(@Autowired TestTenants tenants, @Autowired PartnershipFixtures fixtures,
                                 @Autowired PartnershipReportFixtures report) {
        tenant = tenants.open("partnership-browser");
        ContactId pat = fixtures.contact(tenant, "Pat", "Partner", true);
        ContactId olga = fixtures.contact(tenant, "Olga", "Owner", true);
        ItemId first = fixtures.item(tenant, "1000");
        PartnershipId owing = fixtures.setUp(tenant, first, null, owner(pat, "50"));
        fixtures.sell(tenant, first, "3000");
        report.owedSale(tenant, owing);
        owed = fixtures.stockId(tenant, first);
        ItemId second = fixtures.item(tenant, "2000");
        PartnershipId settled = fixtures.setUp(tenant, second, null, owner(olga, "50"));
        fixtures.sell(tenant, second, "4000");
        report.owedSale(tenant, settled);
        report.reconcileOwnerSold(tenant, settled, LocalDate.of(2026, 11, 22), null, null, null);
        paid = fixtures.stockId(tenant, second);
    }

    // 02-sales §Partnerships R17, R18; 09 Dashboard R12: from the Dashboard to the settle-up worklist, filtered by
    // partner, and from a paid row to its audit
    @Test
    void theDashboardLeadsToTheSoldItemsReportAndAPaidItemsAudit() {
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.locator("#soldPartnershipItemsCard").click();
        page.waitForLoadState(LoadState.LOAD);
        assertThat(page.locator("#soldItemList")).containsText(owed);
        assertThat(page.locator("#soldItemList")).containsText(paid);
        // Pat's half of 1,000 sold for 3,000: 500 + 50 % of the 2,000 pool = 1,500 still owed
        assertThat(page.locator("#pendingPayoutsTotalAmount")).hasText("1,500.00");

        page.locator("select[name=partner]").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Olga Owner"));
        assertThat(page.locator("#soldItemList")).not().containsText(owed);
        assertThat(page.locator("#soldItemList")).containsText(paid);

        page.locator("#soldItemList a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Paid")).click();
        page.waitForLoadState(LoadState.LOAD);
        assertThat(page.locator("#auditStockId")).hasText(paid);
        assertThat(page.locator("#audit-totalCost")).containsText("2,000.00");
        assertThat(page.locator("#audit-cashPaid")).containsText("Olga Owner");
    }

    // issue 8 points 1–3, 9: the owner-sold flow end to end — partners set up on the item's Partnership tab, the P
    // badge in the list, the sale, the Partnerships page, a changed payout needing its Reason, reconciled → Paid
    @Test
    void anOwnerSoldItemIsSetUpSoldAndReconciledWithAReason() {
        ItemId item = fixtures.item(tenant, "10000");
        String stockId = fixtures.stockId(tenant, item);
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        openPartnershipTab(item);
        addPartner("Pat Partner", "OWNER", "50");
        page.locator("#savePartnership").click();
        assertThat(page.locator("#partnershipStatus")).hasText("Active · cycle 1");

        page.navigate("/inventory/jewelry");
        assertThat(page.locator("#itemList tr", new Page.LocatorOptions().setHasText(stockId)).locator(".badge",
                new Locator.LocatorOptions().setHasText("P"))).isVisible();

        page.navigate("/sales");
        page.locator("#newInvoiceButton").click();
        assertThat(page.locator("#invoiceStatus")).hasText("Open");
        page.locator("#stockId").fill(stockId);
        page.locator("#stockId").press("Enter");
        assertThat(page.locator("#invoiceLines")).containsText(stockId);
        page.locator("#invoiceLines input[name=unitPrice]").fill("20000.00");
        saveTheLine();
        assertThat(page.locator("#subtotal")).hasText("20,000.00");
        // read only once the totals swap has landed (the subtotal may show before the balance under load)
        assertThat(page.locator("#balance")).hasText("20,000.00");
        page.locator("#tenderForm select[name=method]").selectOption("CASH");
        page.locator("#tenderForm [name=amount]").fill("20000.00");
        page.locator("#takePayment").click();
        assertThat(page.locator("#balance")).hasText("0.00");
        page.locator("#finalizeInvoice").click();
        assertThat(page.locator("#invoiceStatus")).hasText("Finalized");

        // pool 20,000 − 10,000 = 10,000: Pat 5,000 + 5,000 = 10,000 suggested
        page.navigate("/partnerships");
        Locator row = page.locator("#owedPartnerships tr", new Page.LocatorOptions().setHasText(stockId));
        assertThat(row).containsText("10,000.00");
        row.locator("[id^=expand-]").click();
        assertThat(page.locator(".jt-reconcile")).isVisible();
        page.locator("#payout-0").fill("9750.00");
        page.locator(".jt-reconcile [id$=-submit]").click();
        assertThat(page.locator(".jt-reconcile")).containsText("say why");
        page.locator("#reason-0").fill("$250 trade discount applied per agreement");
        page.locator(".jt-reconcile [id$=-submit]").click();
        assertThat(page.locator("#owedPartnerships tr", new Page.LocatorOptions().setHasText(stockId))).hasCount(0);

        page.locator("#paidView").click();
        assertThat(page.locator("#paidPartnerships")).containsText(stockId);
        assertThat(page.locator("#paidPartnerships")).containsText("9,750.00");
    }

    // issue 8 points 4, 5, 9: Sell to Partner end to end — the tab's button, the settlement invoice priced with what
    // the partner remits, finalized and paid in cash → the partnership Paid as PartnerSold → its audit
    @Test
    void aSaleToThePartnerSettlesItselfAndShowsInTheAudit() {
        ItemId item = fixtures.item(tenant, "10000");
        String stockId = fixtures.stockId(tenant, item);
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        openPartnershipTab(item);
        addPartner("Pat Partner", "OWNER", "50");
        page.locator("#savePartnership").click();
        assertThat(page.locator("#partnershipStatus")).hasText("Active · cycle 1");
        // the only partner on the item
        page.locator("#sellingPartnerChoice").selectOption(new SelectOption().setIndex(1));
        page.locator("#sellToPartner").click();

        assertThat(page.locator("#invoiceStatus")).hasText("Open");
        assertThat(page.locator("#headerCard")).containsText("Pat Partner");
        page.locator("#invoiceLines input.jt-remitted").fill("10000.00");
        saveTheLine();
        assertThat(page.locator("#subtotal")).hasText("10,000.00");
        page.locator("#finalizeInvoice").click();
        assertThat(page.locator("#invoiceStatus")).hasText("Finalized");
        page.locator("#tenderForm select[name=method]").selectOption("CASH");
        page.locator("#tenderForm [name=amount]").fill("10000.00");
        page.locator("#takePayment").click();
        assertThat(page.locator("#balance")).hasText("0.00");

        page.navigate("/partnerships?view=paid");
        Locator paidRow = page.locator("#paidPartnerships tr", new Page.LocatorOptions().setHasText(stockId));
        assertThat(paidRow).containsText("PartnerSold");

        page.navigate("/partnerships/sold-items");
        page.locator("#soldItemList tr", new Page.LocatorOptions().setHasText(stockId))
                .locator("a", new Locator.LocatorOptions().setHasText("Paid")).click();
        assertThat(page.locator("#auditSettlementType")).hasText("PartnerSold");
        assertThat(page.locator("#audit-basis")).containsText("5,000.00");
        assertThat(page.locator("#audit-gain")).containsText("10,000.00 − 5,000.00 = 5,000.00");
        assertThat(page.locator("#audit-cashPaid")).containsText("PartnerSoldSettlement");
    }

    /**
     * Saves the line and waits for htmx to swap in the new invoice: the item's own price may already equal the one
     * typed, so the totals alone cannot tell the swap has landed — and a late swap would clear what is typed next.
     */
    private void saveTheLine() {
        page.evaluate("document.getElementById('invoice').dataset.stale = 'yes'");
        page.locator("#invoiceLines form[id^=line-form-] button").click();
        assertThat(page.locator("#invoice:not([data-stale])")).hasCount(1);
    }

    private void openPartnershipTab(ItemId item) {
        page.navigate("/inventory/items/" + item.value());
        page.locator("#partnershipTabButton").click();
        assertThat(page.locator("#partnershipForm")).isVisible();
    }

    private void addPartner(String name, String kind, String percent) {
        page.locator("#picker-partner").fill(name);
        page.locator(".jt-picker-option", new Page.LocatorOptions().setHasText(name)).first().click();
        page.locator("#newKind").selectOption(kind);
        page.locator("#newPercent").fill(percent);
    }
}
