package com.jeweltrak.settings.web;

import java.util.Set;

import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Settings index (10-settings; Permissions R17 layer 1: what a user may not use is not shown). */
@IntegrationTest
class SettingsIndexTests {

    @Autowired MockMvc mvc;

    static TestTenants.Tenant tenant;
    static TestTenants.Person sales;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("settings-index");
        sales = tenants.addPerson(tenant, "Sam", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
    }

    // 10-settings §Permissions R11: a tenant admin finds users, groups, stores and the organization here
    @Test
    void anAdministratorSeesEverySettingsCard() throws Exception {
        mvc.perform(get("/settings").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/settings/users\"")))
                .andExpect(content().string(containsString("href=\"/settings/groups\"")))
                .andExpect(content().string(containsString("href=\"/settings/stores\"")))
                .andExpect(content().string(containsString("href=\"/settings/organization\"")));
    }

    // 10-settings §Permissions R17 (layer 1): links to what the user may not use are hidden
    @Test
    void aSalesUserSeesTheIndexWithoutTheAdministratorsCards() throws Exception {
        mvc.perform(get("/settings").with(sales.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/profile\"")))
                .andExpect(content().string(not(containsString("/settings/users"))))
                .andExpect(content().string(not(containsString("/settings/groups"))))
                .andExpect(content().string(not(containsString("/settings/stores"))))
                .andExpect(content().string(not(containsString("/settings/organization"))));
    }
}
