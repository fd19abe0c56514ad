package com.jeweltrak.platform.web;

import java.util.UUID;
import java.util.regex.Pattern;

import com.jeweltrak.support.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A new business signs up on /signup: organization, first store, owner — and lands signed in. */
class SignUpBrowserTests extends BrowserTest {

    /** Every test signs up a business of its own (the e-mail is unique across tenants). */
    String unique;
    String email;

    @BeforeEach
    void uniqueBusiness() {
        unique = UUID.randomUUID().toString().substring(0, 8);
        email = "founder-" + unique + "@test.example";
    }

    // 09-reports §1 Dashboard R1 + design §1 (a new business signs up and lands signed in)
    @Test
    void signingUpCreatesTheBusinessAndLandsSignedInOnTheDashboard() {
        page.navigate("/signup");
        fillSignUp(page, "Gem Gallery " + unique, "Harbor Store", "America/Chicago", "Grace", "Goldsmith", email,
                "a-long-enough-secret");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my business")).click();

        assertThat(page).hasURL(at("/"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Good to see you, Grace Goldsmith");
        assertThat(page.locator("#dashboardStore")).hasText("Harbor Store");
        assertThat(page.locator("main")).containsText("Gem Gallery " + unique);
        // signed in for real: the session carries on to the next page
        page.navigate("/profile");
        assertThat(page).hasURL(at("/profile"));
        assertThat(page.locator("main")).containsText(email);
    }

    // 10-settings §My Profile R4 (at least 8 characters) + design §5: error beside the field, nothing typed is lost
    @Test
    void aTooShortPasswordShowsTheErrorBesideThePasswordFieldAndKeepsTheOtherTypedValues() {
        page.navigate("/signup");
        fillSignUp(page, "Gem Gallery " + unique, "Harbor Store", "America/Chicago", "Grace", "Goldsmith", email,
                "short");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my business")).click();

        Locator password = page.getByLabel("Password (at least 8 characters)");
        assertThat(password).hasClass(Pattern.compile("\\bis-invalid\\b"));
        assertThat(page.locator("#passwordError")).isVisible();
        assertThat(page.locator("#passwordError")).hasText("Use at least 8 characters.");
        assertThat(page.locator(".invalid-feedback")).hasCount(1);
        assertThat(page.getByLabel("Business name")).hasValue("Gem Gallery " + unique);
        assertThat(page.getByLabel("First store")).hasValue("Harbor Store");
        assertThat(page.getByLabel("Time zone")).hasValue("America/Chicago");
        assertThat(page.getByLabel("Your first name")).hasValue("Grace");
        assertThat(page.getByLabel("Last name")).hasValue("Goldsmith");
        assertThat(page.getByLabel("E-mail (your login)")).hasValue(email);
        assertThat(password).isEmpty(); // a password is never sent back in the page
        // and no business was opened: nobody is signed in
        page.navigate("/");
        assertThat(page).hasURL(at("/login"));
    }

    private static void fillSignUp(Page page, String business, String store, String zone, String first, String last,
                                   String email, String password) {
        page.getByLabel("Business name").fill(business);
        page.getByLabel("First store").fill(store);
        page.getByLabel("Time zone").selectOption(new SelectOption().setValue(zone));
        page.getByLabel("Your first name").fill(first);
        page.getByLabel("Last name").fill(last);
        page.getByLabel("E-mail (your login)").fill(email);
        page.getByLabel("Password (at least 8 characters)").fill(password);
    }
}
