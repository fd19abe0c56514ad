package com.jeweltrak.platform.web;

import java.util.Set;

import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The store switcher in the navbar, for a person who may work in two stores. */
class StoreSwitchBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;
    static TestTenants.Person manager;
    static TestTenants.Person sales;
    static String firstStore;
    static final String SECOND_STORE = "Zephyr Mall";

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("store-switch");
        // the first store is named "Store store-switch-…", so it sorts before the second and is the default
        firstStore = "Store " + tenant.owner().email().replaceFirst("^owner-", "").replaceFirst("@test\\.example$", "");
        StoreId second = tenants.addStore(tenant, SECOND_STORE);
        manager = tenants.addPerson(tenant, "Marcus", Set.of(tenant.group(BuiltInGroups.MANAGER)),
                Set.of(tenant.store(), second));
        sales = tenants.addPerson(tenant, "Sofia", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of(tenant.store()));
    }

    // 09-reports §1 Dashboard R8 + 10-settings §Permissions R14: choosing a store shows that store's dashboard
    @Test
    void switchingStoreInTheNavbarChangesTheStoreShownOnTheDashboard() {
        signInToDashboard(page, manager.email(), TestTenants.PASSWORD);
        assertThat(page.locator("#dashboardStore")).hasText(firstStore);

        page.locator("#storeSwitcher").selectOption(new SelectOption().setLabel(SECOND_STORE));

        assertThat(page.locator("#dashboardStore")).hasText(SECOND_STORE);
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("You are working in " + SECOND_STORE + ".");
        assertThat(page).hasURL(at("/"));
        assertThat(page.locator("#storeSwitcher option:checked")).hasText(SECOND_STORE);
    }

    // 09-reports §1 Dashboard R8: the chosen store stays chosen for the session, page after page
    @Test
    void theChosenStoreIsStillChosenOnTheNextPageLoad() {
        signInToDashboard(page, manager.email(), TestTenants.PASSWORD);
        page.locator("#storeSwitcher").selectOption(new SelectOption().setLabel(SECOND_STORE));
        assertThat(page.locator("#dashboardStore")).hasText(SECOND_STORE);

        page.navigate("/profile");
        page.navigate("/");

        assertThat(page.locator("#dashboardStore")).hasText(SECOND_STORE);
        assertThat(page.locator("#storeSwitcher option:checked")).hasText(SECOND_STORE);
    }

    // 09-reports §1 Dashboard R8: the store picker appears only for a person with more than one store
    @Test
    void aPersonWithOneStoreSeesNoStoreSwitcher() {
        signInToDashboard(page, sales.email(), TestTenants.PASSWORD);

        assertThat(page.locator("#dashboardStore")).hasText(firstStore);
        assertThat(page.locator("#currentStoreName")).hasText(firstStore);
        assertThat(page.locator("#storeSwitcher")).hasCount(0);
    }
}
