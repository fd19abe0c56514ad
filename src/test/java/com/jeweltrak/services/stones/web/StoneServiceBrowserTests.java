package com.jeweltrak.services.stones.web;

import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.services.stones.StoneServiceFixtures;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A diamond sent out for a recut and back (03-services §11 R1, R2, R4, R5, R6) in the browser. */
class StoneServiceBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;
    static ItemId stone;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired StoneServiceFixtures fixtures) {
        tenant = tenants.open("stone-service-browser");
        fixtures.vendor(tenant, "Lapidary");
        stone = fixtures.diamond(tenant, "3000", "1.25");
    }

    // 03-services §11 R1, R2, R4–R6
    @Test
    void aDiamondGoesOutForARecutAndComesBackLighter() {
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate("/inventory/items/" + stone.value());
        page.waitForLoadState(LoadState.LOAD);
        page.locator("#stone-serviceTabButton").click();
        page.locator("#sendOutForm #picker-vendor").fill("Lapidary");
        page.locator("#sendOutForm .jt-picker-option").first().click();
        page.locator("#sendOutForm select[name=service]").selectOption("recut");
        page.locator("#sendOutForm #trackingNumber").fill("1ZRECUT");
        page.locator("#sendOut").click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/services/work-orders/\\d+$"));
        assertThat(page.locator("#stages")).containsText("Vera Lapidary");
        assertThat(page.locator("#stoneServiceState")).hasText("out for service");

        page.locator("#stoneReturnForm #newCaratWeight").fill("1.18");
        page.locator("#stoneReturnForm #actualCost").fill("350");
        page.locator("#stoneReturned").click();
        assertThat(page.locator("#stoneServiceState")).hasText("returned");

        page.navigate("/inventory/items/" + stone.value());
        page.locator("#stone-serviceTabButton").click();
        assertThat(page.locator("#stoneServiceTab")).containsText("Returned");
        assertThat(page.locator("#stoneServiceTab")).containsText("1.18 ct");
        assertThat(page.locator("#outForService")).hasCount(0);
    }
}
