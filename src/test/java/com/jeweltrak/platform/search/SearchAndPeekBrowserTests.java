package com.jeweltrak.platform.search;

import java.util.Set;
import java.util.UUID;

import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.platform.users.ManagingUsers;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** 01-navigation §Search &amp; Quick Find and §Quick Peek as a person uses them, issue 3 points 2 and 3. */
class SearchAndPeekBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;
    static String zoeEmail;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired ManagingUsers managingUsers) {
        tenant = tenants.open("search-browser");
        String unique = UUID.randomUUID().toString().substring(0, 6);
        zoeEmail = "zoe-" + unique + "@test.example";
        TenantContext.runAs(tenant.id(), tenant.owner().id(), () -> {
            managingUsers.createWithPassword(new ManagingUsers.NewUser("Zoë", "Ångström", zoeEmail, "555-0142",
                    Set.of(tenant.group(BuiltInGroups.SALES)), Set.of(tenant.store())), TestTenants.PASSWORD);
            // sorts before Zoë and holds her e-mail in its name: only the exact-identifier rule puts her first
            managingUsers.createWithPassword(new ManagingUsers.NewUser("Abe", zoeEmail + ".old", "abe-" + unique
                    + "@test.example", null, Set.of(tenant.group(BuiltInGroups.SALES)), Set.of(tenant.store())),
                    TestTenants.PASSWORD);
        });
    }

    // Search R1, R4, R6 / Quick Peek R1, R2, R5: type-ahead finds a partial accented name; its peek opens and Esc closes it
    @Test
    void aPartialAccentedNameIsFoundAndOpensInAPeekThatEscCloses() {
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        String dashboard = page.url();
        Locator box = page.locator("#globalSearch");

        box.pressSequentially("zoe ang");

        Locator result = page.locator("#searchSuggestions [data-peek]", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Zoë Ångström"));
        assertThat(result).isVisible();
        assertThat(page.locator("#searchSuggestions")).containsText("Users");
        result.click();

        Locator drawer = page.locator(".jt-peek");
        assertThat(drawer).hasCount(1);
        assertThat(drawer).containsText("Zoë Ångström");
        assertThat(drawer).containsText(zoeEmail);
        assertThat(drawer.getByText("Open Full User")).isVisible();

        page.keyboard().press("Escape");

        assertThat(drawer).hasCount(0);
        assertThat(page.locator(".jt-peek-backdrop")).hasCount(0);
        assertThat(box).hasValue("zoe ang");
        assertThat(page.url()).isEqualTo(dashboard);
    }

    // issue 3 point 2 (keyboard): arrow down into the results, Enter peeks, Tab stays in the drawer, Esc returns focus
    @Test
    void theKeyboardAloneSearchesPeeksAndCloses() {
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        Locator box = page.locator("#globalSearch");
        box.pressSequentially("angstr");
        Locator first = page.locator("#searchSuggestions [data-peek]").first();
        assertThat(first).containsText("Zoë Ångström");

        box.press("ArrowDown");
        assertThat(first).isFocused();
        page.keyboard().press("Enter");
        Locator drawer = page.locator(".jt-peek");
        assertThat(drawer).containsText("Open Full User");

        for (int i = 0; i < 8; i++) {
            page.keyboard().press("Tab");
            assertThat(drawer.locator(":focus")).hasCount(1);
        }

        page.keyboard().press("Escape");
        assertThat(drawer).hasCount(0);
        assertThat(first).isFocused();
    }

    // Search R5: the exact e-mail ranks its user first, above a name that merely contains it
    @Test
    void anExactEmailRanksItsUserFirst() {
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);

        page.locator("#globalSearch").pressSequentially(zoeEmail);

        Locator rows = page.locator("#searchSuggestions [data-peek]");
        assertThat(rows.first()).containsText("Zoë Ångström");
        assertThat(page.locator("#searchSuggestions")).containsText("Abe");
    }

    // Quick Peek R2, R4, R5: from a list row, a peek; a store inside it stacks another; each Esc removes only the top one;
    // the list keeps its filter and the page never navigates
    @Test
    void drawersStackAndEachCloseRemovesOnlyTheTopOne() {
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate("/settings/users?q=zoe");
        Locator filter = page.getByPlaceholder("Search by name or e-mail");
        filter.fill("zoë");
        assertThat(page.locator("#usersTable tbody tr")).hasCount(1);
        String list = page.url();

        page.locator("#usersTable tbody tr").first().locator("td").nth(2).click();
        Locator drawers = page.locator(".jt-peek");
        assertThat(drawers).hasCount(1);
        assertThat(drawers.first()).containsText("Zoë Ångström");

        drawers.first().locator("[data-peek^='/peek/store/']").first().click();
        assertThat(drawers).hasCount(2);
        assertThat(drawers.nth(1)).containsText("Open Full Store");

        page.keyboard().press("Escape");
        assertThat(drawers).hasCount(1);
        assertThat(drawers.first()).containsText("Open Full User");

        drawers.first().getByText("Close", new Locator.GetByTextOptions().setExact(true)).click();
        assertThat(drawers).hasCount(0);
        assertThat(filter).hasValue("zoë");
        assertThat(page.locator("#usersTable tbody tr")).hasCount(1);
        assertThat(page.url()).isEqualTo(list);
    }

    // Quick Peek R6, R7: Open Full goes to the record's page; coming back returns to the list as it was left
    @Test
    void openFullAndBackReturnsToTheListAsItWasLeft() {
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate("/settings/users");
        Locator filter = page.getByPlaceholder("Search by name or e-mail");
        filter.fill("zoë");
        assertThat(page.locator("#usersTable tbody tr")).hasCount(1);
        String list = page.url();

        page.locator("#usersTable tbody tr").first().locator("td").nth(2).click();
        page.locator(".jt-peek").first().getByText("Open Full User").click();
        assertThat(page.locator("h1")).containsText("Zoë Ångström");

        page.goBack();

        assertThat(page).hasURL(list);
        assertThat(page.getByPlaceholder("Search by name or e-mail")).hasValue("zoë");
        assertThat(page.locator("#usersTable tbody tr")).hasCount(1);
        assertThat(page.locator(".jt-peek")).hasCount(0);
    }

    // Quick Peek (issue 3 point 2): on a phone the drawer is a full-screen sheet; the Search tab leads to search
    @Test
    void onAPhoneThePeekFillsTheScreen() {
        page.setViewportSize(390, 844);
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.locator(".jt-bottom-nav").getByText("Search").click();
        assertThat(page).hasURL(at("/search"));

        page.navigate("/search?q=angstrom");
        Locator row = page.locator("#searchPageResults [data-peek]", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Zoë Ångström"));
        assertThat(row).isVisible();
        row.focus();
        page.keyboard().press("Enter");

        Locator drawer = page.locator(".jt-peek");
        assertThat(drawer).containsText("Open Full User");
        var box = drawer.boundingBox();
        // sub-pixel noise while the slide-in transform runs
        assertThat(box.width).isCloseTo(390.0, org.assertj.core.data.Offset.offset(1.0));
        assertThat(box.height).isCloseTo(844.0, org.assertj.core.data.Offset.offset(1.0));
    }
}
