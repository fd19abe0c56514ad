package com.jeweltrak.platform.lists;

import java.util.Set;

import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.platform.users.PermissionGroup;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 01-navigation §Show &amp; hide list columns through the Columns menu of Settings → Users and Stores. */
@IntegrationTest
class ListColumnsTests {

    @Autowired MockMvc mvc;
    @Autowired ColumnPreferences preferences;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @Autowired TestTenants tenants;

    static TestTenants.Tenant tenant;
    static TestTenants.Person clerk;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("list-columns");
        clerk = tenants.addPerson(tenant, "Cal", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
    }

    /** An administrator of their own for each test, so no test sees another's column choices. */
    private TestTenants.Person newAdmin() {
        return tenants.addPerson(tenant, "Ada", Set.of(tenant.group(PermissionGroup.ADMIN)), Set.of());
    }

    /** The column keys the list page shows to this person, read from the rendered headers. */
    private Set<String> shownColumns(TestTenants.Person person, String page) throws Exception {
        String html = mvc.perform(get(page).with(person.signedIn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Set<String> keys = new java.util.TreeSet<>();
        var m = java.util.regex.Pattern.compile("data-column=\"([a-zA-Z]+)\"").matcher(html);
        while (m.find()) keys.add(m.group(1));
        return keys;
    }

    private static MockHttpServletRequestBuilder choose(TestTenants.Person person, String list, String... visible) {
        MockHttpServletRequestBuilder request = post("/lists/columns").with(person.signedIn()).with(csrf())
                .header("HX-Request", "true").param("list", list);
        for (String key : visible) request.param("visible", key);
        return request;
    }

    // R2: unticking a column hides it, and the answer is the list re-rendered without it
    @Test
    void unTickingAColumnHidesItAndReRendersTheList() throws Exception {
        TestTenants.Person admin = newAdmin();
        String fragment = mvc.perform(choose(admin, "settings.users", "name", "groups", "status", "phone"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fragment).contains("id=\"userResults\"").doesNotContain("<html").contains("data-column=\"phone\"")
                .doesNotContain("data-column=\"email\"");
        assertThat(shownColumns(admin, "/settings/users")).containsExactly("groups", "name", "phone", "status");
    }

    // R3, R4: the choice is per list and per user — the stores list and another admin keep their defaults
    @Test
    void theChoiceIsRememberedPerListAndPerUser() throws Exception {
        TestTenants.Person otherAdmin = newAdmin();
        TestTenants.Person colleague = newAdmin();
        mvc.perform(choose(otherAdmin, "settings.users", "name", "status")).andExpect(status().isOk());

        assertThat(shownColumns(otherAdmin, "/settings/users")).containsExactly("name", "status");
        assertThat(shownColumns(otherAdmin, "/settings/stores"))
                .containsExactly("city", "defaultStockType", "name", "status", "surTaxRate", "taxRate", "timeZone");
        assertThat(shownColumns(colleague, "/settings/users")).containsExactly("email", "groups", "name", "status");
        assertThat(TenantContext.callAs(tenant.id(), null, () -> preferences.find(colleague.id(), "settings.users")))
                .isEmpty();
    }

    // R5: the identifying column (the user's name) stays shown when the request leaves it out
    @Test
    void theIdentifyingColumnCannotBeHidden() throws Exception {
        TestTenants.Person otherAdmin = newAdmin();
        mvc.perform(choose(otherAdmin, "settings.stores", "city")).andExpect(status().isOk());

        assertThat(shownColumns(otherAdmin, "/settings/stores")).containsExactly("city", "name");
    }

    // R6: "Reset to defaults" forgets the choice and the list shows its default columns again
    @Test
    void resetRestoresTheDefaultColumns() throws Exception {
        TestTenants.Person resetter = newAdmin();
        mvc.perform(choose(resetter, "settings.users", "name", "phone")).andExpect(status().isOk());
        assertThat(shownColumns(resetter, "/settings/users")).containsExactly("name", "phone");

        mvc.perform(post("/lists/columns/reset").with(resetter.signedIn()).with(csrf()).header("HX-Request", "true")
                .param("list", "settings.users")).andExpect(status().isOk());

        assertThat(shownColumns(resetter, "/settings/users")).containsExactly("email", "groups", "name", "status");
    }

    // R8: saved keys of columns the list no longer has are ignored; a column the choice never saw shows by default
    @Test
    void aSavedChoiceWithUnknownColumnsStillWorks() throws Exception {
        TestTenants.Person admin = newAdmin();
        TenantContext.runAs(tenant.id(), tenant.owner().id(), () -> transactions.executeWithoutResult(s -> jdbc.sql("""
                        insert into list_column_preference (tenant_id, user_id, list_key, visible_columns, hidden_columns, updated_at)
                        values (?, ?, 'settings.stores', '{name,retiredColumn}', '{city,timeZone,anotherRetired}', now())
                        on conflict (tenant_id, user_id, list_key) do update
                        set visible_columns = excluded.visible_columns, hidden_columns = excluded.hidden_columns""")
                .params(tenant.id().value(), admin.id().value()).update()));

        assertThat(shownColumns(admin, "/settings/stores"))
                .containsExactly("defaultStockType", "name", "status", "surTaxRate", "taxRate");
    }

    // without htmx the menu still works: the choice is saved and the list page is shown again
    @Test
    void withoutHtmxTheMenuGoesBackToTheList() throws Exception {
        TestTenants.Person otherAdmin = newAdmin();
        mvc.perform(post("/lists/columns").with(otherAdmin.signedIn()).with(csrf()).param("list", "settings.users")
                        .param("visible", "name", "email").param("q", "ada"))
                .andExpect(redirectedUrl("/settings/users?q=ada"));
        mvc.perform(post("/lists/columns/reset").with(otherAdmin.signedIn()).with(csrf()).param("list", "settings.users"))
                .andExpect(redirectedUrl("/settings/users"));
    }

    // 10-settings §Users R12: the Columns menu of a list is refused to whoever may not see the list; unknown lists are 404
    @Test
    void onlyThoseWhoMaySeeTheListMayChooseItsColumns() throws Exception {
        mvc.perform(choose(clerk, "settings.users", "name")).andExpect(status().isForbidden());
        mvc.perform(choose(tenant.owner(), "inventory.nothing", "name")).andExpect(status().isNotFound());
        assertThat(TenantContext.callAs(tenant.id(), null, () -> preferences.find(clerk.id(), "settings.users"))).isEmpty();
    }

    // design §4: column choices are tenant data — another tenant can neither read nor overwrite them
    @Test
    void anotherTenantsColumnChoicesAreInvisible() throws Exception {
        TestTenants.Tenant far = tenants.open("list-columns-far");
        mvc.perform(choose(far.owner(), "settings.users", "name")).andExpect(status().isOk());

        assertThat(TenantContext.callAs(tenant.id(), null, () -> preferences.find(far.owner().id(), "settings.users")))
                .isEmpty();
        assertThat(TenantContext.callAs(far.id(), null, () -> preferences.find(far.owner().id(), "settings.users")))
                .hasValueSatisfying(c -> assertThat(c.hidden()).contains("email"));
        TenantContext.runAs(tenant.id(), tenant.owner().id(), () -> preferences.reset(far.owner().id(), "settings.users"));
        assertThat(TenantContext.callAs(far.id(), null, () -> preferences.find(far.owner().id(), "settings.users")))
                .isPresent();
    }
}
