package com.jeweltrak.settings.web;

import java.util.Set;

import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Settings → Features (10-settings §Features; decision 9). */
@IntegrationTest
class FeaturesPagesTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Person clerk;

    @Autowired MockMvc mvc;

    @BeforeAll
    static void open(@Autowired TestTenants tenants) {
        tenant = tenants.open("features");
        clerk = tenants.addPerson(tenant, "Clerk", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
    }

    private String page(TestTenants.Person person) throws Exception {
        return mvc.perform(get("/settings/features").with(person.signedIn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theTenantsAdminSwitchesJobAutomationOnAndOff() throws Exception {
        // R1: off for a new tenant; R2, R4 / decision 9: the tenant's own admin switches it, at once
        assertThat(page(tenant.owner())).contains("Job Automation").contains("Turn on");
        mvc.perform(post("/settings/features").with(tenant.owner().signedIn()).with(csrf())
                .param("key", "JOB_AUTOMATION").param("enabled", "true")).andExpect(status().is3xxRedirection());
        assertThat(page(tenant.owner())).contains("Turn off");
        mvc.perform(post("/settings/features").with(tenant.owner().signedIn()).with(csrf())
                .param("key", "JOB_AUTOMATION").param("enabled", "false")).andExpect(status().is3xxRedirection());
        assertThat(page(tenant.owner())).contains("Turn on");
    }

    @Test
    void someoneWhoCannotManageUsersReadsTheListButSwitchesNothing() throws Exception {
        // R4: only CanManageUsers switches a flag; everyone can read the list
        assertThat(page(clerk)).contains("Job Automation").doesNotContain("id=\"toggle-JOB_AUTOMATION\"");
        mvc.perform(post("/settings/features").with(clerk.signedIn()).with(csrf())
                .param("key", "JOB_AUTOMATION").param("enabled", "true")).andExpect(status().isForbidden());
    }
}
