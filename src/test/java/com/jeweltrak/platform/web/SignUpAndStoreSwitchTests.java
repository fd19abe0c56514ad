package com.jeweltrak.platform.web;

import java.time.ZoneId;
import java.util.Set;

import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import com.jeweltrak.support.WebSignIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** issue 2 §6b (public sign-up) and §6 (store switcher, decision 7 store access). */
@IntegrationTest
class SignUpAndStoreSwitchTests {

    @Autowired MockMvc mvc;
    @Autowired TestTenants tenants;
    @Autowired Stores stores;
    @Autowired TransactionTemplate transactions;

    static TestTenants.Tenant tenant;
    static StoreId secondStore;
    static StoreId forbiddenStore;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired Stores stores, @Autowired TransactionTemplate tx) {
        tenant = tenants.open("switch");
        secondStore = TenantContext.callAs(tenant.id(), null,
                () -> tx.execute(s -> stores.add(Store.opened("Harbor Point", ZoneId.of("America/Chicago")))));
        forbiddenStore = TenantContext.callAs(tenant.id(), null,
                () -> tx.execute(s -> stores.add(Store.opened("Back Vault", ZoneId.of("America/Chicago")))));
    }

    // issue 2 §6b: a new business signs up and lands signed in
    @Test
    void signingUpCreatesTheBusinessAndLandsSignedIn() throws Exception {
        String email = "founder-" + System.nanoTime() + "@test.example";
        var result = mvc.perform(post("/signup").with(csrf()).param("organizationName", "Founders Fine Jewelry")
                        .param("storeName", "Founders Main").param("timeZone", "America/Denver").param("firstName", "Fay")
                        .param("lastName", "Founder").param("email", email).param("password", "a-long-password"))
                .andExpect(redirectedUrl("/")).andReturn();
        mvc.perform(get("/").cookie(result.getResponse().getCookie("SESSION")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Founders Fine Jewelry")))
                .andExpect(content().string(containsString("Founders Main")));
    }

    // issue 2 "Bad input": a malformed sign-up shows messages beside the fields and keeps the values
    @Test
    void aBadSignUpShowsMessagesBesideTheFieldsAndKeepsTheValues() throws Exception {
        mvc.perform(post("/signup").with(csrf()).param("organizationName", "Kept Name Jewelers")
                        .param("storeName", "").param("timeZone", "Not/AZone").param("firstName", "Kim")
                        .param("email", "not-an-email").param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "storeName", "timeZone", "email"))
                .andExpect(content().string(containsString("value=\"Kept Name Jewelers\"")));
        mvc.perform(post("/signup").with(csrf()).param("organizationName", "Short Pw").param("storeName", "S")
                        .param("timeZone", "America/Denver").param("firstName", "Kim")
                        .param("email", "short-" + System.nanoTime() + "@test.example").param("password", "short"))
                .andExpect(model().attributeHasFieldErrors("form", "password"));
    }

    // decision 7 / Permissions R14: switching to a store on the user's list works and sticks
    @Test
    void switchingStoreChangesTheStoreShownOnEveryPage() throws Exception {
        var clerk = tenants.addPerson(tenant, "Wes", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of(tenant.store(), secondStore));
        var session = WebSignIn.session(mvc, clerk.email(), TestTenants.PASSWORD);
        mvc.perform(post("/stores/switch").cookie(session).with(csrf()).param("storeId", String.valueOf(secondStore.value())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/").cookie(session)).andExpect(content().string(containsString("id=\"dashboardStore\">Harbor Point<")));
    }

    // design §5b / issue 2 "Bad input": another tenant's store is not found, not forbidden
    @Test
    void switchingToAnotherTenantsStoreIsNotFound() throws Exception {
        var other = tenants.open("switch-other");
        mvc.perform(post("/stores/switch").with(tenant.owner().signedIn()).with(csrf())
                        .param("storeId", String.valueOf(other.store().value())))
                .andExpect(status().isNotFound());
    }

    // decision 7: store access is checked on every request, apart from permissions — even for an admin
    @Test
    void switchingToAStoreNotOnTheUsersListIsRefused() throws Exception {
        var clerk = tenants.addPerson(tenant, "Una", Set.of(tenant.group(BuiltInGroups.MANAGER)), Set.of(tenant.store(), secondStore));
        mvc.perform(post("/stores/switch").with(clerk.signedIn()).with(csrf()).param("storeId", String.valueOf(forbiddenStore.value())))
                .andExpect(status().isForbidden());
    }
}
