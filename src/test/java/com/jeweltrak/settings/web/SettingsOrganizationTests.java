package com.jeweltrak.settings.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.jeweltrak.platform.tenancy.Organization;
import com.jeweltrak.platform.tenancy.Organizations;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Settings → Organization and /api/v1/organization (10-settings §Organization Settings). */
@IntegrationTest
class SettingsOrganizationTests {

    @Autowired MockMvc mvc;
    @Autowired Organizations organizations;

    static TestTenants.Tenant tenant;
    static TestTenants.Person sales;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("organization");
        sales = tenants.addPerson(tenant, "Sue", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
    }

    // 10-settings §Organization Settings R3, R6: an admin sets Closed Through on the page and the API reports it
    @Test
    void closedThroughSavedOnThePageIsReturnedByTheApi() throws Exception {
        mvc.perform(page("closedThrough", "2026-03-31").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/settings/organization"))
                .andExpect(flash().attribute("flash", "Organization settings saved."));

        mvc.perform(get("/api/v1/organization").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.closedThrough").value("2026-03-31"))
                .andExpect(jsonPath("$.id").value(tenant.id().value()));
    }

    // 10-settings §Organization Settings R5: a blank Closed Through locks nothing
    @Test
    void aBlankClosedThroughClearsTheDate() throws Exception {
        mvc.perform(put("/api/v1/organization").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content(apiBody("\"2026-01-31\"", 30)))
                .andExpect(status().isOk());

        mvc.perform(page("closedThrough", "").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/settings/organization"));

        assertThat(load().closedThrough()).isNull();
    }

    // 10-settings §Organization Settings R8, R9; design §5b: reminder days cannot be negative — 400 naming the field
    @Test
    void negativeReminderDaysAreABadRequestNamingTheField() throws Exception {
        int before = load().openMemoReminderDays();

        mvc.perform(put("/api/v1/organization").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content(apiBody("null", -5)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.openMemoReminderDays").value(OrganizationForm.DAYS));

        assertThat(load().openMemoReminderDays()).isEqualTo(before);
    }

    // design §5 forms: on the page the same mistake is shown beside the field with what was typed
    @Test
    void negativeReminderDaysOnThePageAreShownBesideTheFieldAsTyped() throws Exception {
        mvc.perform(page("birthdayAnniversaryReminderDays", "-3", "name", "Typed Org Name")
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("organizationForm", "birthdayAnniversaryReminderDays"))
                .andExpect(content().string(containsString(OrganizationForm.WINDOW)))
                .andExpect(content().string(containsString("value=\"-3\"")))
                .andExpect(content().string(containsString("value=\"Typed Org Name\"")));

        assertThat(load().name()).isNotEqualTo("Typed Org Name");
    }

    // 10-settings §Organization Settings R10–R12: metal defaults and weight unit are kept exactly
    @Test
    void metalPricingIsSavedExactlyAndShownAsDecimalStrings() throws Exception {
        mvc.perform(page("defaultGoldCost", "65.1234", "defaultSilverCost", "0.85", "goldWeightUnit", "GRAM",
                        "businessType", "MANUFACTURER")
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/settings/organization"));

        mvc.perform(get("/api/v1/organization").with(tenant.owner().signedIn()))
                .andExpect(jsonPath("$.defaultGoldCost").value("65.1234"))
                .andExpect(jsonPath("$.defaultSilverCost").value("0.85"))
                .andExpect(jsonPath("$.defaultGoldCastingLaborRate").value("4.50"))
                .andExpect(jsonPath("$.goldWeightUnit").value("GRAM"))
                .andExpect(jsonPath("$.businessType").value("MANUFACTURER"));
    }

    // 10-settings §Permissions R12: metal costs are cost data, withheld without CanViewCost
    @Test
    void aUserWithoutViewCostReadsTheSettingsWithoutMetalCosts() throws Exception {
        mvc.perform(page("defaultGoldCost", "70").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/settings/organization"));

        mvc.perform(get("/api/v1/organization").with(sales.signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").exists())
                .andExpect(jsonPath("$.defaultGoldCost").value(nullValue()))
                .andExpect(jsonPath("$.defaultGoldCastingLaborRate").value(nullValue()));
    }

    // 10-settings §Organization Settings R6; Permissions R11, R17: only CanManageUsers may change these settings
    @Test
    void aSalesUserIsRefusedChangingTheSettings() throws Exception {
        mvc.perform(put("/api/v1/organization").with(sales.signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content(apiBody("\"2030-01-01\"", 30)))
                .andExpect(status().isForbidden());
        mvc.perform(page("closedThrough", "2030-01-01").with(sales.signedIn()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/settings/organization").with(sales.signedIn()))
                .andExpect(status().isForbidden());

        assertThat(load().closedThrough()).isNotEqualTo(java.time.LocalDate.of(2030, 1, 1));
    }

    /** The whole page form as the browser posts it, with the fields a test is about changed. */
    private static MockHttpServletRequestBuilder page(String... changed) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Org " + tenant.id());
        fields.put("businessType", "RETAILER");
        fields.put("closedThrough", "");
        fields.put("openMemoReminderDays", "30");
        fields.put("birthdayAnniversaryReminderDays", "7");
        fields.put("defaultGoldCost", "60");
        fields.put("defaultSilverCost", "0.80");
        fields.put("defaultGoldCastingLaborRate", "4.5");
        fields.put("goldWeightUnit", "DWT");
        for (int i = 0; i < changed.length; i += 2) fields.put(changed[i], changed[i + 1]);
        MockHttpServletRequestBuilder request = post("/settings/organization");
        fields.forEach(request::param);
        return request;
    }

    private static String apiBody(String closedThrough, int memoDays) {
        return """
                {"name": "Org %s", "businessType": "RETAILER", "closedThrough": %s, "openMemoReminderDays": %d,
                 "birthdayAnniversaryReminderDays": 7, "defaultGoldCost": "60.00", "defaultSilverCost": "0.80",
                 "defaultGoldCastingLaborRate": "4.50", "goldWeightUnit": "DWT"}""".formatted(tenant.id(), closedThrough, memoDays);
    }

    private Organization load() {
        return TenantContext.callAs(tenant.id(), null, organizations::get);
    }
}
