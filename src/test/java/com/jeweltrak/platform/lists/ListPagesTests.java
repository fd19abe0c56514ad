package com.jeweltrak.platform.lists;

import java.time.ZoneId;

import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** How the list component renders on Settings → Users and Stores (design §5, 01-navigation R1). */
@IntegrationTest
class ListPagesTests {

    @Autowired MockMvc mvc;

    static TestTenants.Tenant tenant;
    static StoreId second;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired Stores stores) {
        tenant = tenants.open("list-pages");
        second = TenantContext.callAs(tenant.id(), tenant.owner().id(),
                () -> stores.add(Store.opened("Pages Second", ZoneId.of("America/Denver"))));
    }

    private String html(String url, String... headers) throws Exception {
        var request = get(url).with(tenant.owner().signedIn());
        for (String header : headers) request.header(header, "true");
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    // 01-navigation §Quick Peek: each row names its peek, so the drawer can open it without leaving the list
    @Test
    void rowsCarryTheirQuickPeekAddress() throws Exception {
        assertThat(html("/settings/users")).contains("data-peek=\"/peek/user/" + tenant.owner().id() + "\"");
        assertThat(html("/settings/stores")).contains("data-peek=\"/peek/store/" + second + "\"")
                .contains("data-peek=\"/peek/store/" + tenant.store() + "\"")
                .contains("href=\"/settings/stores/" + second + "\"");
    }

    // design §5: one URL serves the page, or for htmx just the list; a history restore gets the whole page
    @Test
    void oneUrlServesThePageOrTheListFragment() throws Exception {
        assertThat(html("/settings/stores")).contains("<html").contains("id=\"storeResults\"").contains("id=\"storeList\"");
        assertThat(html("/settings/stores", "HX-Request")).doesNotContain("<html").startsWith("<div id=\"storeResults\"")
                .contains("Pages Second");
        assertThat(html("/settings/stores", "HX-Request", "HX-History-Restore-Request")).contains("<html");
    }

    // R1: the Columns menu sits on the last column header
    @Test
    void theColumnsMenuSitsOnTheLastColumnHeader() throws Exception {
        String page = html("/settings/users");
        int menu = page.indexOf(">Columns</button>");

        assertThat(menu).isGreaterThan(page.indexOf("data-column=\"status\""));
        assertThat(page.indexOf("data-column=", menu)).as("no column header after the menu").isNegative();
        assertThat(page).contains("Reset to defaults");
    }

    // design §5b: the API's sort, search and filter parameters are documented in OpenAPI
    @Test
    void theListParametersAreDocumented() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/users'].get.parameters[?(@.name == 'sort')].description")
                        .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("email"))))
                .andExpect(jsonPath("$.paths['/api/v1/users'].get.parameters[?(@.name == 'status')]").isNotEmpty())
                .andExpect(jsonPath("$.paths['/api/v1/stores'].get.parameters[?(@.name == 'sort')].description")
                        .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("taxRate"))))
                .andExpect(jsonPath("$.paths['/api/v1/stores'].get.parameters[?(@.name == 'q')]").isNotEmpty());
    }
}
