package com.jeweltrak.platform.lists;

import java.util.Set;
import java.util.UUID;

import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The list component as a person uses it on Settings → Users (01-navigation §Show &amp; hide list columns). */
class ListBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("list-browser");
    }

    private Locator header(String column) {
        return page.locator("#usersTable thead th[data-column=" + column + "]");
    }

    private Locator columnsMenu() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Columns")).click();
        Locator menu = page.locator(".jt-columns-menu");
        assertThat(menu).isVisible();
        return menu;
    }

    // R2, R4: unticking E-mail hides the column at once; after a reload it is still hidden; ticking brings it back
    @Test
    void aHiddenColumnStaysHiddenAfterAReloadAndCanBeShownAgain() {
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate("/settings/users");
        page.waitForLoadState(LoadState.LOAD);
        assertThat(header("email")).hasCount(1);
        assertThat(page.locator("#usersTable")).containsText(tenant.owner().email());

        columnsMenu().getByLabel("E-mail", new Locator.GetByLabelOptions().setExact(true)).uncheck();

        assertThat(header("email")).hasCount(0);
        assertThat(page.locator("#usersTable")).not().containsText(tenant.owner().email());
        page.reload();
        page.waitForLoadState(LoadState.LOAD);
        assertThat(header("email")).hasCount(0);
        assertThat(header("name")).hasCount(1);

        Locator menu = columnsMenu();
        assertThat(menu.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true))).isDisabled();
        menu.getByLabel("E-mail", new Locator.GetByLabelOptions().setExact(true)).check();

        assertThat(header("email")).hasCount(1);
        page.reload();
        assertThat(header("email")).hasCount(1);
        assertThat(page.locator("#usersTable")).containsText(tenant.owner().email());
    }

    // issue 3 §1: a row ticked on the first page is still ticked after paging forward and back
    @Test
    void aTickedRowStaysTickedWhenPagingForwardAndBack(@Autowired TestTenants tenants) {
        String token = "Brw" + UUID.randomUUID().toString().substring(0, 6);
        tenants.addPerson(tenant, "Aria" + token, Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
        tenants.addPerson(tenant, "Bela" + token, Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate("/settings/users?q=" + token.toLowerCase() + "&sort=name,asc&size=1");
        page.waitForLoadState(LoadState.LOAD);

        Locator aria = page.getByLabel("Select Aria" + token + " Tester");
        aria.check();
        assertThat(page.locator(".jt-selected-count")).hasText("1");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next")).click();
        assertThat(page.locator("#usersTable")).containsText("Bela" + token);
        assertThat(page.getByLabel("Select Bela" + token + " Tester")).not().isChecked();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Previous")).click();

        assertThat(aria).isChecked();
        assertThat(page.locator(".jt-selected-count")).hasText("1");
    }

    // issue 3 §1, 10-settings §Users R6: "select all on this page" then "Deactivate selected", confirmed, deactivates them
    @Test
    void selectingThePageAndDeactivatingSelectedDeactivatesThoseUsers(@Autowired TestTenants tenants) {
        String token = "Blk" + UUID.randomUUID().toString().substring(0, 6);
        tenants.addPerson(tenant, "Cora" + token, Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
        tenants.addPerson(tenant, "Dell" + token, Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate("/settings/users?q=" + token.toLowerCase());
        page.waitForLoadState(LoadState.LOAD);

        page.getByLabel("Select all on this page").check();
        assertThat(page.getByLabel("Select Dell" + token + " Tester")).isChecked();
        assertThat(page.locator(".jt-selected-count")).hasText("2");
        String[] asked = new String[1];
        page.onDialog(dialog -> {
            asked[0] = dialog.message();
            dialog.accept();
        });
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Actions")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deactivate selected")).click();

        assertThat(page.locator(".alert-success")).containsText("2 users deactivated");
        org.assertj.core.api.Assertions.assertThat(asked[0]).isEqualTo("Deactivate selected: 2 rows?");
        assertThat(page).hasURL(at("/settings/users"));
        assertThat(page.locator("#userResults-q")).hasValue(token.toLowerCase());
        assertThat(page.locator("#usersTable tbody tr")).hasCount(2);
        assertThat(page.locator("#usersTable tbody tr").filter(new Locator.FilterOptions().setHasText("Inactive")))
                .hasCount(2);
        assertThat(page.locator(".jt-selected-count")).hasText("0");
    }
}
