package com.jeweltrak.inventory.stones;

import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A clerk records a stone mounted in a ring from the ring's page (04-inventory §Set Stones R5, R6, R9). */
class SetStonesBrowserTests extends BrowserTest {

    static StoneFixtures fixtures;
    static ItemId ring;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired ReceivingAnItem receiving,
                           @Autowired TransactionTemplate transactions) {
        fixtures = new StoneFixtures(tenants.open("set-stones-browser"), receiving, transactions);
        ring = fixtures.ring("450");
    }

    // §Set Stones R5, R6, R9: the category is picked first, a pearl's form has no Ct Wt, Switch category goes back,
    // and a white diamond typed in appears as a row of the card
    @Test
    void aStoneIsAddedManuallyAfterPickingItsCategory() {
        signInToDashboard(page, fixtures.tenant().owner().email(), TestTenants.PASSWORD);
        page.navigate(baseUrl() + "/inventory/items/" + ring.value());
        page.waitForLoadState(LoadState.LOAD);
        assertThat(page.locator("#setStones")).containsText("No set stones recorded.");

        page.locator("#addStoneManually").click();
        page.locator(".jt-stone-category[data-category=PEARL]").click();
        assertThat(page.locator("#categoryBanner")).containsText("Pearl");
        assertThat(page.locator("#setStoneForm [name=sizeMm]")).isVisible();
        assertThat(page.locator("#setStoneForm [name=caratWeight]")).hasCount(0);

        page.locator("#switchCategory").click();
        assertThat(page.locator("#setStoneForm")).hasCount(0);
        page.locator("#addStoneManually").click();
        page.locator(".jt-stone-category[data-category=WHITE_DIAMOND]").click();
        page.locator("#setStoneForm [name=caratWeight]").fill("0.25");
        page.locator("#setStoneForm [name=shape]").fill("Round");
        page.locator("#setStoneForm select[name=color]").selectOption("G");
        page.locator("#setStoneForm select[name=clarity]").selectOption("VS1");
        page.locator("#saveSetStone").click();

        assertThat(page.locator("#setStones")).containsText("Stone added.");
        assertThat(page.locator("#setStoneRows")).containsText("0.25 ct");
        assertThat(page.locator("#setStoneRows")).containsText("VS1");
    }
}
