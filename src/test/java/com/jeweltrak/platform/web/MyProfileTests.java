package com.jeweltrak.platform.web;

import java.util.Set;

import com.jeweltrak.platform.security.Sessions;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import com.jeweltrak.support.WebSignIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 10-settings §My Profile. */
@IntegrationTest
class MyProfileTests {

    @Autowired MockMvc mvc;
    @Autowired TestTenants tenants;
    @Autowired Sessions sessions;

    static TestTenants.Tenant tenant;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("profile");
    }

    private TestTenants.Person newPerson() {
        return tenants.addPerson(tenant, "Pia", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
    }

    // 10-settings §My Profile R1: every user opens their own profile, no permission needed
    @Test
    void anyUserOpensTheirProfile() throws Exception {
        mvc.perform(get("/profile").with(newPerson().signedIn())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Where you are signed in")));
    }

    // 10-settings §My Profile R6 / decision 8: every device's session is listed, the current one marked
    @Test
    void theProfileListsEverySessionAndMarksThisDevice() throws Exception {
        var person = newPerson();
        var laptop = WebSignIn.session(mvc, person.email(), TestTenants.PASSWORD);
        WebSignIn.session(mvc, person.email(), TestTenants.PASSWORD);
        mvc.perform(get("/profile").cookie(laptop)).andExpect(status().isOk())
                .andExpect(content().string(containsString("This device")))
                .andExpect(content().string(containsString("Chrome on Mac")));
        assertThat(sessions.of(person.tenant(), person.id(), null)).hasSize(2);
    }

    // 10-settings §My Profile R6: "sign out other sessions" keeps this one
    @Test
    void signingOutOtherSessionsKeepsOnlyThisOne() throws Exception {
        var person = newPerson();
        var here = WebSignIn.session(mvc, person.email(), TestTenants.PASSWORD);
        var there = WebSignIn.session(mvc, person.email(), TestTenants.PASSWORD);
        mvc.perform(post("/profile/sessions/end-others").cookie(here).with(csrf())).andExpect(redirectedUrl("/profile"));
        mvc.perform(get("/").cookie(there)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/").cookie(here)).andExpect(status().isOk());
    }

    // 10-settings §My Profile R3: the current password is required
    @Test
    void aWrongCurrentPasswordIsShownBesideItsField() throws Exception {
        mvc.perform(post("/profile/password").with(newPerson().signedIn()).with(csrf())
                        .param("currentPassword", "not-my-password").param("newPassword", "another-secret-9")
                        .param("confirmPassword", "another-secret-9"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("passwordForm", "currentPassword"));
    }

    // 10-settings §My Profile R3: the two new entries must match
    @Test
    void aMismatchedConfirmationIsRefused() throws Exception {
        mvc.perform(post("/profile/password").with(newPerson().signedIn()).with(csrf())
                        .param("currentPassword", TestTenants.PASSWORD).param("newPassword", "another-secret-9")
                        .param("confirmPassword", "another-secret-8"))
                .andExpect(model().attributeHasFieldErrors("passwordForm", "confirmPassword"));
    }

    // 10-settings §My Profile R4: at least 8 characters, and not the current one
    @Test
    void aShortOrUnchangedPasswordIsRefused() throws Exception {
        var person = newPerson();
        mvc.perform(post("/profile/password").with(person.signedIn()).with(csrf())
                        .param("currentPassword", TestTenants.PASSWORD).param("newPassword", "short")
                        .param("confirmPassword", "short"))
                .andExpect(model().attributeHasFieldErrors("passwordForm", "newPassword"));
        mvc.perform(post("/profile/password").with(person.signedIn()).with(csrf())
                        .param("currentPassword", TestTenants.PASSWORD).param("newPassword", TestTenants.PASSWORD)
                        .param("confirmPassword", TestTenants.PASSWORD))
                .andExpect(model().attributeHasFieldErrors("passwordForm", "newPassword"));
    }

    // 10-settings §My Profile R5: after a password change every other session is signed out; this one stays
    @Test
    void changingThePasswordSignsOutTheOtherSessions() throws Exception {
        var person = newPerson();
        var here = WebSignIn.session(mvc, person.email(), TestTenants.PASSWORD);
        var there = WebSignIn.session(mvc, person.email(), TestTenants.PASSWORD);
        mvc.perform(post("/profile/password").cookie(here).with(csrf())
                        .param("currentPassword", TestTenants.PASSWORD).param("newPassword", "brand-new-secret")
                        .param("confirmPassword", "brand-new-secret"))
                .andExpect(redirectedUrl("/profile"));
        mvc.perform(get("/").cookie(there)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/").cookie(here)).andExpect(status().isOk());
        WebSignIn.session(mvc, person.email(), "brand-new-secret");
    }

    // 10-settings §My Profile R2: a new name shows from the next page load
    @Test
    void aNewNameShowsOnTheNextPage() throws Exception {
        var person = newPerson();
        mvc.perform(post("/profile/name").with(person.signedIn()).with(csrf()).param("firstName", "Philippa")
                .param("lastName", "Quartz")).andExpect(redirectedUrl("/profile"));
        mvc.perform(get("/").with(person.signedIn())).andExpect(content().string(containsString("Philippa Quartz")));
    }

    // issue 2 §6: tokens are listed on My Profile and revocable there; the secret is shown once
    @Test
    void aTokenCreatedOnTheProfileIsShownOnceAndCanBeRevoked() throws Exception {
        var person = newPerson();
        var created = mvc.perform(post("/profile/tokens").with(person.signedIn()).with(csrf()).param("name", "Label printer"))
                .andExpect(redirectedUrl("/profile#tokens")).andReturn();
        String token = (String) created.getFlashMap().get("issuedToken");
        assertThat(token).startsWith("jt_" + tenant.id().value() + "_");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        String page = mvc.perform(get("/profile").with(person.signedIn())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Label printer").doesNotContain(token);
        String id = page.replaceAll("(?s).*?/profile/tokens/(\\d+)/revoke.*", "$1");
        mvc.perform(post("/profile/tokens/" + id + "/revoke").with(person.signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/profile#tokens"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }
}
