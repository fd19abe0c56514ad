package com.jeweltrak.reports.sales.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The commission rates' settings (09-reports §25 R2, decision 5): the tenant default and a person's own rate. */
@IntegrationTest
class CommissionRatesPagesTests {

    @Autowired MockMvc mvc;
    @Autowired TestTenants tenants;

    TestTenants.Tenant tenant;
    TestTenants.Person clerk;

    @BeforeEach
    void openTenant() {
        tenant = tenants.open("commission-rates");
        clerk = tenants.addPerson(tenant, "Cam", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
    }

    @Test
    void theOrganizationPageShowsTheDefaultRateAsAPercentageAndSavesIt() throws Exception {
        // 09 §25: 0.05 is shown as 5 %
        mvc.perform(get("/settings/organization").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesRegex("(?s).*name=\"defaultCommissionRate\"\\s+value=\"5\".*")));

        mvc.perform(as(post("/settings/organization/commission-rate").param("defaultCommissionRate", "6.5")))
                .andExpect(redirectedUrl("/settings/organization"))
                .andExpect(flash().attribute("flash", "Default commission rate saved."));

        mvc.perform(get("/settings/organization").with(tenant.owner().signedIn()))
                .andExpect(content().string(containsString("value=\"6.5\"")));
    }

    @Test
    void aRateAbove100PercentIsRefusedBesideTheFieldAndWhatWasTypedIsKept() throws Exception {
        mvc.perform(as(post("/settings/organization/commission-rate").param("defaultCommissionRate", "150")))
                .andExpect(redirectedUrl("/settings/organization"))
                .andExpect(flash().attribute("commissionRateError", "A commission rate is between 0 and 100 %."))
                .andExpect(flash().attribute("commissionRateTyped", "150"));
    }

    @Test
    void aPersonsOwnRateIsSavedOnTheirPageAndBlankReturnsThemToTheDefault() throws Exception {
        String page = "/settings/users/" + clerk.id().value();
        mvc.perform(as(post(page + "/commission-rate").param("commissionRate", "7")))
                .andExpect(redirectedUrl(page));
        mvc.perform(get(page).with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesRegex("(?s).*name=\"commissionRate\"\\s+value=\"7\".*")));

        mvc.perform(as(post(page + "/commission-rate").param("commissionRate", "")))
                .andExpect(redirectedUrl(page));
        mvc.perform(get(page).with(tenant.owner().signedIn()))
                .andExpect(content().string(containsString("placeholder=\"5 (default)\"")));
    }

    @Test
    void onlyAPersonWhoManagesUsersMaySetRates() throws Exception {
        mvc.perform(post("/settings/organization/commission-rate").param("defaultCommissionRate", "9")
                        .with(clerk.signedIn()).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherTenantsUserIsNotFound() throws Exception {
        TestTenants.Tenant other = tenants.open("commission-other");
        mvc.perform(as(post("/settings/users/" + other.owner().id().value() + "/commission-rate")
                        .param("commissionRate", "3")))
                .andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.with(tenant.owner().signedIn()).with(csrf());
    }
}
