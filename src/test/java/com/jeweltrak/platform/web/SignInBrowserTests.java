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

/** Signing in and out through the pages: the sign-in form, the dashboard it lands on, the user menu. */
class SignInBrowserTests extends BrowserTest {

    static final String GENERIC_MESSAGE =
            "The e-mail or password is not right, or too many attempts were made. Try again in a few minutes.";

    static TestTenants.Tenant tenant;
    static TestTenants.Person sofia;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("sign-in");
        sofia = tenants.addPerson(tenant, "Sofia", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
    }

    // 09-reports §1 Dashboard R1: after sign-in the user lands on the Dashboard
    @Test
    void signingInWithTheRightPasswordLandsOnTheDashboardShowingTheUsersName() {
        signIn(page, sofia.email(), TestTenants.PASSWORD);

        assertThat(page).hasURL(at("/"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Good to see you, Sofia Tester");
        assertThat(page.locator("#userMenu")).hasText("Sofia Tester");
    }

    // design §5 (nothing typed is lost) + SignInThrottle: one generic message, so a guesser learns nothing
    @Test
    void aWrongPasswordShowsTheOneGenericMessageAndKeepsTheTypedEmail() {
        signIn(page, sofia.email(), "not-the-password");

        assertThat(page).hasURL(at("/login"));
        assertThat(page.locator("#signInError")).hasText(GENERIC_MESSAGE);
        assertThat(page.getByLabel("E-mail")).hasValue(sofia.email());
        assertThat(page.getByLabel("Password")).isEmpty();
    }

    // SignInThrottle: an unknown e-mail gets the very same message as a wrong password
    @Test
    void anUnknownEmailShowsTheSameGenericMessageAsAWrongPassword() {
        signIn(page, "nobody-here@test.example", TestTenants.PASSWORD);

        assertThat(page).hasURL(at("/login"));
        assertThat(page.locator("#signInError")).hasText(GENERIC_MESSAGE);
        assertThat(page.getByLabel("E-mail")).hasValue("nobody-here@test.example");
    }

    // 10-settings §My Profile UI (user menu) + design §2 security: signing out ends the session
    @Test
    void signingOutFromTheUserMenuReturnsToTheSignInPageAndTheDashboardThenAsksToSignIn() {
        signInToDashboard(page, sofia.email(), TestTenants.PASSWORD);

        signOut(page);

        assertThat(page).hasURL(at("/login"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("You are signed out.");
        page.navigate("/");
        assertThat(page).hasURL(at("/login"));
        assertThat(page.getByLabel("E-mail")).isVisible();
    }
}
