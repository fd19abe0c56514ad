package com.jeweltrak.inventory.bulk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.jeweltrak.inventory.Item;
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

/** Re-pricing two rings from the Jewelry list, as a manager does before a sale (04-inventory §Bulk Actions R1; Pricing Multipliers R9). */
class BulkPriceChangeBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;
    static String token;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired ReceivingAnItem receiving,
                           @Autowired TransactionTemplate transactions) {
        tenant = tenants.open("bulk-browser");
        token = "Reprice" + UUID.randomUUID().toString().substring(0, 6);
        ring(receiving, transactions, "2000");
        ring(receiving, transactions, "1000");
    }

    private static void ring(ReceivingAnItem receiving, TransactionTemplate transactions, String retail) {
        TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> receiving.receive(
                new Item(null, 0, tenant.store(), "Ring", null, token + " band", null, true, LocalDate.of(2026, 11, 1),
                        new BigDecimal("500"), new Item.Prices(new BigDecimal("1000"), null, null, new BigDecimal(retail)),
                        null, new JewelryDetails("Yellow Gold", "14K", null, new BigDecimal("3"), null, "LADIES", "NEW")),
                NewStock.one())));
    }

    // Bulk Actions R1; Pricing Multipliers R9: tick two rows → Actions ▾ → Bulk price change → preview → apply →
    // the list shows the new prices
    @Test
    void twoRingsRepricedFromTheJewelryList() {
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate(baseUrl() + "/inventory/jewelry?q=" + token.toLowerCase());
        page.waitForLoadState(LoadState.LOAD);
        assertThat(page.locator("#itemList tbody tr")).hasCount(2);
        page.locator("#itemList tbody tr").nth(0).locator(".jt-select-row").check();
        assertThat(page.locator(".jt-selected-count")).hasText("1");
        page.locator("#itemList tbody tr").nth(1).locator(".jt-select-row").check();
        assertThat(page.locator(".jt-selected-count")).hasText("2");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Actions")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bulk price change")).click();
        assertThat(page.locator("h1")).hasText("Bulk price change");
        assertThat(page.getByLabel("Retail")).isChecked();
        page.getByLabel("Change by percent").check();
        page.locator("#value").fill("10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();

        assertThat(page.locator("#pricePreview")).containsText("$2,200.00");
        assertThat(page.locator("#pricePreview")).containsText("$1,100.00");
        page.locator("#applyPriceChange button").click();

        assertThat(page.locator(".alert-success")).containsText("2 items re-priced.");
        assertThat(page).hasURL(at("/inventory/jewelry"));
        page.navigate(baseUrl() + "/inventory/jewelry?q=" + token.toLowerCase());
        assertThat(page.locator("#itemList")).containsText("$2,200.00");
        assertThat(page.locator("#itemList")).containsText("$1,100.00");
        assertThat(page.locator(".jt-selected-count")).hasText("0");
    }
}
