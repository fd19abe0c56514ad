package com.jeweltrak.platform.web;

import java.util.Set;

import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Settings → Users as an administrator uses it (10-settings §Adding & Managing Users). */
class UsersBrowserTests extends BrowserTest {

    @Autowired TestTenants tenants;

    static TestTenants.Tenant tenant;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("users-browser");
    }

    // design §5 lists: typing in the search narrows the list in place (htmx, CSP and CSRF wired as in production)
    @Test
    void typingASearchNarrowsTheUserListWithoutLeavingThePage() {
        tenants.addPerson(tenant, "Quinn", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate("/settings/users");
        assertThat(page.locator("#usersTable")).containsText(tenant.owner().email());

        page.getByPlaceholder("Search by name or e-mail").pressSequentially("quinn");

        assertThat(page.locator("#usersTable tbody tr")).hasCount(1);
        assertThat(page.locator("#usersTable")).containsText("Quinn");
        assertThat(page.locator("#usersTable")).not().containsText(tenant.owner().email());
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/settings/users\\?q=quinn$"));
    }

    // 10-settings §Users R1, R6 / decision 8: a new user signs in; deactivating them ends that session at once
    @Test
    void anAdminCreatesAUserAndDeactivationSignsThemOut() {
        String email = "new-clerk-" + System.nanoTime() + "@test.example";
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate("/settings/users/new");
        page.getByLabel("First name").fill("Nell");
        page.getByLabel("Last name").fill("Clerk");
        page.getByLabel("E-mail (the login)").fill(email);
        page.getByLabel("Sales").check();
        page.getByLabel("First password (at least 8 characters)").fill("clerk-password-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create user")).click();
        assertThat(page.locator(".alert-success")).containsText("User created");

        Page clerk = newPage();
        signInToDashboard(clerk, email, "clerk-password-1");
        assertThat(clerk.locator("h1")).containsText("Nell Clerk");

        page.onDialog(dialog -> dialog.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deactivate")).click();
        assertThat(page.locator(".alert-success")).containsText("deactivated");

        clerk.navigate("/profile");
        assertThat(clerk).hasURL(at("/login"));
    }
}
