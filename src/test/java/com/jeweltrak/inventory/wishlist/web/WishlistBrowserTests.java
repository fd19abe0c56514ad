package com.jeweltrak.inventory.wishlist.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.ReceivingAnItem;
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

/** A clerk puts an item on a customer's wishlist from the item page (07-contacts §Wishlist). */
class WishlistBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;
    static String customerName;
    static ContactId customer;
    static ItemId item;
    static String stockId;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired EditingContacts editing,
                           @Autowired ReceivingAnItem receiving, @Autowired Items items,
                           @Autowired TransactionTemplate transactions) {
        tenant = tenants.open("wishlist-browser");
        String last = "Wishful" + UUID.randomUUID().toString().substring(0, 5);
        customerName = "Gemma " + last;
        TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> {
            customer = editing.add(Contact.draft(new Contact.Name("Gemma", last, null, null), Set.of(ContactRole.CUSTOMER),
                    null, null, null, null, null, null, false, false, null, null));
            item = receiving.receive(new Item(null, 0, tenant.store(), "Earrings", null, "Emerald drop earrings", null, true,
                    LocalDate.of(2026, 11, 1), new BigDecimal("600.00"),
                    new Item.Prices(null, null, null, new BigDecimal("1800.00")), null,
                    new JewelryDetails("Yellow Gold", "18K", null, null, null, "LADIES", "NEW")), NewStock.one());
            stockId = items.get(item).stockId();
            return null;
        }));
    }

    // 07-contacts §Wishlist R1, R2, R4: from the item page onto the customer's list, seen on the customer's Wishlist tab
    @Test
    void anItemAddedFromItsPageIsOnTheCustomersWishlistTab() {
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate(baseUrl() + "/inventory/items/" + item.value());
        // htmx is loaded deferred: use the tab only once the page has loaded
        page.waitForLoadState(LoadState.LOAD);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Wishlists")).click();
        page.locator("#picker-customer").click();
        page.locator("#picker-customer").fill(customerName);
        page.locator(".jt-picker-option", new Page.LocatorOptions().setHasText(customerName)).click();
        page.locator("#occasion").selectOption("ANNIVERSARY");
        page.locator("#note").fill("For their 10th");
        page.locator("#addToWishlist").click();
        assertThat(page.locator("#itemWishlists")).containsText("added to " + customerName + "'s wishlist");
        assertThat(page.locator("#itemWishlistEntries")).containsText(customerName);

        page.locator("#itemWishlistEntries").getByText(customerName).click();
        page.waitForLoadState(LoadState.LOAD);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Wishlist").setExact(true)).click();
        assertThat(page.locator("#wishlistEntries")).containsText(stockId);
        assertThat(page.locator("#wishlistEntries")).containsText("Emerald drop earrings");
        assertThat(page.locator("#wishlistEntries")).containsText("Available");
        assertThat(page.locator("#wishlistEntries")).containsText("For their 10th");
    }
}
