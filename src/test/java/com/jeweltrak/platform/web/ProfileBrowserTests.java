package com.jeweltrak.platform.web;

import java.util.Set;
import java.util.regex.Pattern;

import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** My Profile (10-settings §My Profile): password change and the list of signed-in devices. */
class ProfileBrowserTests extends BrowserTest {

    static final String NEW_PASSWORD = "a-brand-new-secret";

    static TestTenants.Tenant tenant;

    @Autowired TestTenants tenants;

    /** A person of their own for each test, since these tests change passwords and end sessions. */
    TestTenants.Person me;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("profile");
    }

    @BeforeEach
    void addPerson() {
        me = tenants.addPerson(tenant, "Paula", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
    }

    // 10-settings §My Profile R3: current password, the new one and its confirmation change the password
    @Test
    void changingThePasswordOnMyProfileConfirmsTheChange() {
        signInToDashboard(page, me.email(), TestTenants.PASSWORD);
        openMyProfileFromTheUserMenu(page);

        changePassword(page, TestTenants.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(page).hasURL(at("/profile"));
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("Your password was changed. Your other sessions were signed out.");
    }

    // 10-settings §My Profile R3: after the change the new password signs in and the old one no longer does
    @Test
    void afterAPasswordChangeTheNewPasswordSignsInAndTheOldOneIsRefused() {
        signInToDashboard(page, me.email(), TestTenants.PASSWORD);
        page.navigate("/profile");
        changePassword(page, TestTenants.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your password was changed.");
        signOut(page);
        assertThat(page).hasURL(at("/login"));

        signIn(page, me.email(), TestTenants.PASSWORD);
        assertThat(page).hasURL(at("/login"));
        assertThat(page.locator("#signInError")).isVisible();

        signIn(page, me.email(), NEW_PASSWORD);
        assertThat(page).hasURL(at("/"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Good to see you, Paula Tester");
    }

    // 10-settings §My Profile R3 + design §5 (errors beside the field): the two new entries must match
    @Test
    void aMismatchedConfirmationShowsTheMessageBesideTheConfirmationFieldAndStaysOnTheForm() {
        signInToDashboard(page, me.email(), TestTenants.PASSWORD);
        page.navigate("/profile");

        changePassword(page, TestTenants.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "-typo");

        Locator form = page.locator("#passwordForm");
        Locator confirmation = form.getByLabel("New password again", new Locator.GetByLabelOptions().setExact(true));
        assertThat(confirmation).hasClass(Pattern.compile("\\bis-invalid\\b"));
        assertThat(page.locator("#confirmPasswordError")).isVisible();
        assertThat(page.locator("#confirmPasswordError")).hasText("The two new passwords do not match.");
        assertThat(confirmation).hasAttribute("aria-describedby", "confirmPasswordError");
        assertThat(form.locator(".invalid-feedback")).hasCount(1);
        assertThat(form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Change password")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).hasCount(0);
        // and nothing changed: the old password still signs in elsewhere
        Page elsewhere = newPage();
        signInToDashboard(elsewhere, me.email(), TestTenants.PASSWORD);
    }

    // 10-settings §My Profile R6, R9 (decision 8): signed in from two browsers, both sessions are listed
    @Test
    void myProfileListsBothSessionsWhenSignedInFromTwoBrowsers() {
        Page other = newPage();
        signInToDashboard(other, me.email(), TestTenants.PASSWORD);
        signInToDashboard(page, me.email(), TestTenants.PASSWORD);

        page.navigate("/profile");

        Locator rows = page.locator("#sessions tbody tr");
        assertThat(rows).hasCount(2);
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("This device"))).hasCount(1);
        assertThat(rows.first()).containsText("Chrome on Linux");
        assertThat(rows.nth(1)).containsText("Chrome on Linux");
    }

    // 10-settings §My Profile R6 (decision 8): "Sign out other sessions" ends the other browser's session
    @Test
    void signingOutOtherSessionsSendsTheOtherBrowserToTheSignInPage() {
        Page other = newPage();
        signInToDashboard(other, me.email(), TestTenants.PASSWORD);
        signInToDashboard(page, me.email(), TestTenants.PASSWORD);
        page.navigate("/profile");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out other sessions")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("1 other session was signed out.");
        assertThat(page.locator("#sessions tbody tr")).hasCount(1);
        assertThat(page.locator("#sessions tbody tr")).containsText("This device");
        other.navigate("/profile");
        assertThat(other).hasURL(at("/login"));
        assertThat(other.getByLabel("E-mail")).isVisible();
        // this browser is still signed in
        page.navigate("/");
        assertThat(page).hasURL(at("/"));
    }

    // 10-settings §My Profile R6 (decision 8): one listed session can be ended from its row
    @Test
    void endingTheOtherSessionFromItsRowSendsThatBrowserToTheSignInPage() {
        Page other = newPage();
        signInToDashboard(other, me.email(), TestTenants.PASSWORD);
        signInToDashboard(page, me.email(), TestTenants.PASSWORD);
        page.navigate("/profile");

        page.locator("#sessions tbody tr")
                .filter(new Locator.FilterOptions().setHasNotText("This device"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("End session"))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The session was ended.");
        assertThat(page.locator("#sessions tbody tr")).hasCount(1);
        other.navigate("/");
        assertThat(other).hasURL(at("/login"));
    }

    // 10-settings §My Profile R5: a password change signs out the other sessions; the current one stays
    @Test
    void changingThePasswordSignsOutTheOtherBrowser() {
        Page other = newPage();
        signInToDashboard(other, me.email(), TestTenants.PASSWORD);
        signInToDashboard(page, me.email(), TestTenants.PASSWORD);
        page.navigate("/profile");

        changePassword(page, TestTenants.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your password was changed.");
        assertThat(page.locator("#sessions tbody tr")).hasCount(1);
        other.navigate("/");
        assertThat(other).hasURL(at("/login"));
    }

    private static void openMyProfileFromTheUserMenu(Page page) {
        userMenu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("My Profile").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My Profile").setLevel(1)))
                .isVisible();
    }

    private static void changePassword(Page page, String current, String replacement, String confirmation) {
        Locator form = page.locator("#passwordForm");
        form.getByLabel("Current password", new Locator.GetByLabelOptions().setExact(true)).fill(current);
        form.getByLabel("New password (at least 8 characters)", new Locator.GetByLabelOptions().setExact(true))
                .fill(replacement);
        form.getByLabel("New password again", new Locator.GetByLabelOptions().setExact(true)).fill(confirmation);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Change password")).click();
    }
}
