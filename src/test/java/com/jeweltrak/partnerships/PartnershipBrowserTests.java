package com.jeweltrak.partnerships;

import static com.jeweltrak.partnerships.PartnershipFixtures.owner;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Partnerships in the browser (issue 8 point 9): the Sold Partnership Items report and the audit view. */
class PartnershipBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;
    static String owed;
    static String paid;

    @BeforeAll
    static void sellCoOwnedItems(@Autowired TestTenants tenants, @Autowired PartnershipFixtures fixtures,
                                 @Autowired PartnershipReportFixtures report) {
        tenant = tenants.open("partnership-browser");
        ContactId pat = fixtures.contact(tenant, "Pat", "Partner", true);
        ContactId olga = fixtures.contact(tenant, "Olga", "Owner", true);
        ItemId first = fixtures.item(tenant, "1000");
        PartnershipId owing = fixtures.setUp(tenant, first, null, owner(pat, "50"));
        report.owedSale(tenant, owing, fixtures.sell(tenant, first, "3000"));
        owed = fixtures.stockId(tenant, first);
        ItemId second = fixtures.item(tenant, "2000");
        PartnershipId settled = fixtures.setUp(tenant, second, null, owner(olga, "50"));
        report.owedSale(tenant, settled, fixtures.sell(tenant, second, "4000"));
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
}
