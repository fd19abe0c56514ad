package com.jeweltrak.platform.web;

import java.util.Map;
import java.util.Set;

import com.jeweltrak.platform.security.Sessions;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.platform.users.ManagingUsers;
import com.jeweltrak.platform.users.Users;
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

/** 10-settings §Adding & Managing Users and §Permissions & Roles through the admin pages. */
@IntegrationTest
class UsersAdministrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestTenants tenants;
    @Autowired ManagingUsers managingUsers;
    @Autowired Users users;
    @Autowired Sessions sessions;

    static TestTenants.Tenant tenant;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("users-admin");
    }

    // 10-settings §Users R1, R5 / decision 7: at least one group; the typed values stay
    @Test
    void creatingAUserWithoutAGroupShowsTheMessageAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/settings/users").with(tenant.owner().signedIn()).with(csrf())
                        .param("firstName", "Nora").param("lastName", "Gold").param("email", "nora-keep@test.example")
                        .param("stores", String.valueOf(tenant.store().value())).param("password", "long-enough-1"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "groups"))
                .andExpect(content().string(containsString("Choose at least one permission group.")))
                .andExpect(content().string(containsString("value=\"nora-keep@test.example\"")));
    }

    // 10-settings §Users R1: a new user with a group and a store can sign in
    @Test
    void aCreatedUserCanSignIn() throws Exception {
        mvc.perform(post("/settings/users").with(tenant.owner().signedIn()).with(csrf())
                        .param("firstName", "Ivy").param("email", "ivy-" + System.nanoTime() + "@test.example")
                        .param("groups", String.valueOf(tenant.group(BuiltInGroups.SALES)))
                        .param("stores", String.valueOf(tenant.store().value())).param("password", "long-enough-1"))
                .andExpect(status().is3xxRedirection());
    }

    // 10-settings §Users R4 (and the open question settled here): a login e-mail is unique across JewelTrak
    @Test
    void anEmailUsedByAnotherOrganizationIsRefused() throws Exception {
        var other = tenants.open("users-admin-other");
        mvc.perform(post("/settings/users").with(tenant.owner().signedIn()).with(csrf())
                        .param("firstName", "Dup").param("email", other.owner().email().toUpperCase())
                        .param("groups", String.valueOf(tenant.group(BuiltInGroups.SALES)))
                        .param("stores", String.valueOf(tenant.store().value())).param("password", "long-enough-1"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "email"));
    }

    // 10-settings §Users R12: only CanManageUsers opens Settings → Users
    @Test
    void aSalesUserIsRefusedTheUsersPagesAndActions() throws Exception {
        var sales = tenants.addPerson(tenant, "Sam", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
        mvc.perform(get("/settings/users").with(sales.signedIn())).andExpect(status().isForbidden());
        mvc.perform(post("/settings/users/" + tenant.owner().id().value() + "/deactivate").with(sales.signedIn()).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(TenantContext.callAs(tenant.id(), null, () -> users.get(tenant.owner().id()).active())).isTrue();
    }

    // 10-settings §Users R6 / decision 8: deactivation ends every session of the user
    @Test
    void deactivatingAUserEndsAllTheirSessions() throws Exception {
        var clerk = tenants.addPerson(tenant, "Cleo", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
        var phone = WebSignIn.session(mvc, clerk.email(), TestTenants.PASSWORD);
        WebSignIn.session(mvc, clerk.email(), TestTenants.PASSWORD);
        assertThat(sessions.of(tenant.id(), clerk.id(), null)).hasSize(2);

        mvc.perform(post("/settings/users/" + clerk.id().value() + "/deactivate").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/settings/users/" + clerk.id().value()));

        assertThat(sessions.of(tenant.id(), clerk.id(), null)).isEmpty();
        mvc.perform(get("/").cookie(phone)).andExpect(redirectedUrl("/login"));
    }

    // 10-settings §Permissions R16: nobody may leave the organization without an active admin
    @Test
    void theLastAdministratorCannotBeDeactivated() throws Exception {
        var solo = tenants.open("users-admin-solo");
        mvc.perform(post("/settings/users/" + solo.owner().id().value() + "/deactivate").with(solo.owner().signedIn())
                        .with(csrf()))
                .andExpect(redirectedUrl("/settings/users/" + solo.owner().id().value()));
        assertThat(TenantContext.callAs(solo.id(), null, () -> users.get(solo.owner().id()).active())).isTrue();
    }

    // 10-settings §Permissions R6, R7, R15: unticking a group-granted cell denies it, from the next page load
    @Test
    void aDenyOverrideTakesEffectOnTheNextRequest() throws Exception {
        var manager = tenants.addPerson(tenant, "Max", Set.of(tenant.group(BuiltInGroups.MANAGER)), Set.of());
        var managerGrants = BuiltInGroups.grants().get(BuiltInGroups.MANAGER);
        var posted = post("/settings/users/" + manager.id().value() + "/permissions").with(tenant.owner().signedIn()).with(csrf());
        managerGrants.stream().filter(k -> !k.equals("Contacts.View")).forEach(k -> posted.param("keys", k));
        mvc.perform(posted).andExpect(status().is3xxRedirection());

        var after = TenantContext.callAs(tenant.id(), null, () -> users.get(manager.id()));
        assertThat(after.overrides()).containsExactly(Map.entry("Contacts.View", false));
        mvc.perform(get("/api/v1/me").with(manager.signedIn()))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("\"Contacts.View\""))));
    }

    // 10-settings §Permissions R6: ticking a cell no group grants becomes a Grant; R8 "Clear all overrides" undoes it
    @Test
    void aGrantOverrideAddsARightUntilTheOverridesAreCleared() throws Exception {
        var sales = tenants.addPerson(tenant, "Sia", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
        mvc.perform(get("/settings/users").with(sales.signedIn())).andExpect(status().isForbidden());
        TenantContext.runAs(tenant.id(), tenant.owner().id(),
                () -> managingUsers.changeOverrides(sales.id(), Map.of("CanManageUsers", true)));
        mvc.perform(get("/settings/users").with(sales.signedIn())).andExpect(status().isOk());

        mvc.perform(post("/settings/users/" + sales.id().value() + "/permissions/clear").with(tenant.owner().signedIn())
                .with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/settings/users").with(sales.signedIn())).andExpect(status().isForbidden());
    }

    // 10-settings §Permissions R15: a group change applies to its members on their next page load
    @Test
    void changingAGroupChangesItsMembersRightsAtOnce() throws Exception {
        var member = tenants.addPerson(tenant, "Gus", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
        var request = post("/settings/groups/" + tenant.group(BuiltInGroups.SALES)).with(tenant.owner().signedIn()).with(csrf())
                .param("name", "Sales").param("description", "Counter staff");
        BuiltInGroups.grants().get(BuiltInGroups.SALES).forEach(k -> request.param("keys", k));
        request.param("keys", "CanVoidTransactions");
        mvc.perform(request).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me").with(member.signedIn())).andExpect(content().string(containsString("CanVoidTransactions")));
    }

    // design §5: one URL serves the page or, for htmx, its fragment (the live search of the users list)
    @Test
    void anHtmxSearchGetsOnlyTheMatchingRows() throws Exception {
        tenants.addPerson(tenant, "Zelda", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
        mvc.perform(get("/settings/users").param("q", "zelda").header("HX-Request", "true").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"userResults\"")))
                .andExpect(content().string(containsString("Zelda")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(tenant.owner().email()))));
        mvc.perform(get("/settings/users").param("q", "zelda").with(tenant.owner().signedIn()))
                .andExpect(content().string(containsString("<html")));
    }

    // issue 2 "Bad input": another tenant's user id is simply not found
    @Test
    void anotherTenantsUserIsNotFound() throws Exception {
        var other = tenants.open("users-admin-far");
        mvc.perform(get("/settings/users/" + other.owner().id().value()).with(tenant.owner().signedIn()))
                .andExpect(status().isNotFound());
    }
}
