package com.jeweltrak.inventory.web;

import java.util.Set;
import java.util.UUID;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Adding inventory as a buyer does it at the counter (04-inventory §Adding Inventory Items). */
class InventoryBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;
    static String vendorName;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired EditingContacts editing,
                           @Autowired TransactionTemplate transactions) {
        tenant = tenants.open("inventory-browser");
        String company = "Facet Traders " + UUID.randomUUID().toString().substring(0, 5);
        TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> editing.add(Contact.draft(
                new Contact.Name(null, null, company, null), Set.of(ContactRole.VENDOR), null, null, null, null, null, null,
                false, false, null, null))));
        vendorName = company;
    }

    // 04-inventory §Adding Inventory Items R1, R2, R5, R7: + New diamond with its vendor, lab certificate and carats;
    // its page, the Diamonds list, and the top search box finding it by StockID
    @Test
    void aNewDiamondIsOnItsPageInTheDiamondsListAndFoundByItsStockId() {
        String cert = Long.toString(2_000_000_000L + (long) (Math.random() * 1_000_000_000L));
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate(baseUrl() + "/inventory/diamonds");
        page.locator("#newItem").click();
        // htmx is loaded deferred: pick only once the page has loaded (flaky under load otherwise)
        page.waitForLoadState(LoadState.LOAD);
        page.locator("#category").fill("Loose Diamond");
        page.locator("#description").fill("Round brilliant " + cert);
        page.locator("#picker-vendor").click();
        page.locator("#picker-vendor").fill(vendorName);
        page.locator(".jt-picker-option", new Page.LocatorOptions().setHasText(vendorName)).click();
        page.locator("#carats").fill("1.02");
        page.locator("#cost").fill("4800");
        page.locator("#shape").fill("Round");
        page.locator("#color").selectOption("G");
        page.locator("#clarity").selectOption("VS1");
        page.locator("#lab").selectOption("GIA");
        page.locator("#certNumber").fill(cert);
        page.locator("#saveItem").click();

        assertThat(page.locator("#itemTitle")).containsText("StockID ");
        assertThat(page.locator("#familyFields")).containsText(cert);
        assertThat(page.locator("#sharedFields")).containsText(vendorName);
        String stockId = page.locator("#itemTitle").textContent().replace("StockID", "").trim();

        page.navigate(baseUrl() + "/inventory/diamonds");
        assertThat(page.locator("#itemList")).containsText(stockId);
        assertThat(page.locator("#itemList")).containsText("Round brilliant " + cert);

        page.locator("#globalSearch").fill(stockId);
        page.locator("#searchSuggestions .jt-peekable").first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open Full Diamond")).click();
        assertThat(page.locator("#itemTitle")).hasText("StockID " + stockId);
    }
}
