package com.jeweltrak.platform.lists;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.UserId;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.platform.users.ManagingUsers;
import com.jeweltrak.platform.users.Users;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** design §5 / §5b: server-side sorting and filtering of Settings → Users and Stores, on the pages and in the API. */
@IntegrationTest
class ListSortingAndFilteringTests {

    @Autowired MockMvc mvc;
    @Autowired ListDefinitions lists;

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;
    static String token;

    /** How each sortable column must order its rows, as a person reading the list expects. */
    static final Map<String, Comparator<Users.Listed>> USER_ORDER = Map.of(
            "name", Comparator.comparing(u -> u.name().toLowerCase()),
            "email", Comparator.comparing(u -> u.email().toLowerCase()),
            "phone", Comparator.comparing(Users.Listed::phone),
            "status", Comparator.comparing(Users.Listed::active));

    static final Map<String, Comparator<Store>> STORE_ORDER = Map.of(
            "name", Comparator.comparing(s -> s.name().toLowerCase()),
            "city", Comparator.comparing(s -> s.address().city().toLowerCase()),
            "region", Comparator.comparing(s -> s.address().region().toLowerCase()),
            "timeZone", Comparator.comparing(s -> s.timeZone().getId()),
            "taxRate", Comparator.comparing(s -> s.tax().taxRate()),
            "surTaxRate", Comparator.comparing(s -> s.tax().surTaxRate()),
            "defaultStockType", Comparator.comparing(Store::defaultStockType),
            "status", Comparator.comparing(Store::active));

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants, @Autowired ManagingUsers managing, @Autowired Stores stores) {
        tenant = tenants.open("list-sorting");
        other = tenants.open("list-sorting-other");
        token = "Srt" + UUID.randomUUID().toString().substring(0, 6);
        long sales = tenant.group(BuiltInGroups.SALES);
        // the columns order these rows differently from one another, so a sort by the wrong column shows
        addUser(managing, tenant, "bea", "c-" + token + "@test.example", "555-0100", true, sales);
        addUser(managing, tenant, "Amy", "A-" + token + "@test.example", "555-0300", false, sales);
        addUser(managing, tenant, "Cid", "b-" + token + "@test.example", "555-0200", true, sales);
        addUser(managing, other, "Aaron", "far-" + token + "@test.example", "555-0999", true, other.group(BuiltInGroups.SALES));
        addStore(stores, tenant, "Beta " + token, "austin", "co", "America/Chicago", "0.0825", "0", 'W', true);
        addStore(stores, tenant, "alpha " + token, "Denver", "TX", "America/Denver", "0.029", "0.01", 'J', false);
        addStore(stores, tenant, "Gamma " + token, "boston", "AL", "America/New_York", "0.0625", "0.005", 'D', true);
        addStore(stores, other, "Other " + token, "Aspen", "CO", "America/Denver", "0.01", "0", 'J', true);
    }

    private static void addUser(ManagingUsers managing, TestTenants.Tenant in, String first, String email, String phone,
                                boolean active, long group) {
        TenantContext.runAs(in.id(), in.owner().id(), () -> {
            UserId id = managing.createWithPassword(new ManagingUsers.NewUser(first, token, email, phone, Set.of(group),
                    Set.of(in.store())), TestTenants.PASSWORD);
            if (!active) managing.deactivate(id);
        });
    }

    private static void addStore(Stores stores, TestTenants.Tenant in, String name, String city, String region, String zone,
                                 String tax, String surTax, char stockType, boolean active) {
        TenantContext.runAs(in.id(), in.owner().id(), () -> stores.add(new Store(null, name,
                new Store.Address(null, city, region, null, "US"), null, null, ZoneId.of(zone), null, null,
                new Store.TaxSetup(new BigDecimal(tax), new BigDecimal(surTax), null), stockType, null, active)));
    }

    private <R> void assertEverySortableColumnSorts(String key, Class<R> type, Map<String, Comparator<R>> expected) {
        ListDefinition<R> definition = lists.get(key, type);
        assertThat(expected.keySet()).as("the test knows every sortable column of " + key)
                .containsExactlyInAnyOrderElementsOf(definition.columns().stream().filter(Column::sortable)
                        .map(Column::key).toList());
        for (var entry : expected.entrySet()) {
            for (boolean ascending : new boolean[] {true, false}) {
                String sort = entry.getKey() + (ascending ? ",asc" : ",desc");
                List<R> rows = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> definition.source()
                        .page(new ListParameters(token, sort, 0, 50, Map.of()).toQuery(definition)).content());
                Comparator<R> order = ascending ? entry.getValue() : entry.getValue().reversed();
                assertThat(rows).as(sort).hasSize(3).isSortedAccordingTo(order);
            }
        }
    }

    // design §5: every sortable column of the users list sorts ascending and descending, in SQL
    @Test
    void everySortableUsersColumnSortsBothWays() {
        assertEverySortableColumnSorts("settings.users", Users.Listed.class, USER_ORDER);
    }

    // design §5: every sortable column of the stores list sorts ascending and descending, in SQL
    @Test
    void everySortableStoresColumnSortsBothWays() {
        assertEverySortableColumnSorts("settings.stores", Store.class, STORE_ORDER);
    }

    // design §5b: the API takes sort=column,direction and answers the rows in that order
    @Test
    void theApiSortsByTheAskedColumn() throws Exception {
        String body = mvc.perform(get("/api/v1/users").param("q", token).param("sort", "email,desc")
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> emails = JsonPath.read(body, "$.content[*].email");
        assertThat(emails).containsExactly("c-" + token + "@test.example", "b-" + token + "@test.example",
                "A-" + token + "@test.example");

        String stores = mvc.perform(get("/api/v1/stores").param("q", token).param("sort", "taxRate,asc")
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> names = JsonPath.read(stores, "$.content[*].name");
        assertThat(names).containsExactly("alpha " + token, "Gamma " + token, "Beta " + token);
    }

    // design §5b: a sort the list does not offer is a 400 Problem Details naming the sort field
    @Test
    void anUnknownSortIsRefusedWithAFieldError() throws Exception {
        for (String bad : new String[] {"password_hash,asc", "groups,asc", "email,sideways", "email desc; drop table store"}) {
            mvc.perform(get("/api/v1/users").param("sort", bad).with(tenant.owner().signedIn()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.status").value(400))
                    .andExpect(jsonPath("$.errors.sort").exists());
        }
        mvc.perform(get("/api/v1/stores").param("sort", "owner,asc").with(tenant.owner().signedIn()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.sort").exists());
        mvc.perform(get("/settings/users").param("sort", "password_hash").with(tenant.owner().signedIn()))
                .andExpect(status().isBadRequest());
    }

    // design §5: the Active / Inactive filter narrows the list on the page and in the API alike
    @Test
    void theStatusFilterNarrowsTheList() throws Exception {
        mvc.perform(get("/api/v1/users").param("q", token).param("status", "inactive").with(tenant.owner().signedIn()))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].name").value("Amy " + token));
        mvc.perform(get("/settings/stores").param("q", token).param("status", "active").with(tenant.owner().signedIn()))
                .andExpect(content().string(containsString("Beta " + token)))
                .andExpect(content().string(not(containsString("alpha " + token))));
        mvc.perform(get("/api/v1/users").param("status", "retired").with(tenant.owner().signedIn()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.status").exists());
    }

    // design §5: a sorted page keeps its sort in the column header and the paging links
    @Test
    void theSortedColumnIsMarkedAndKeptWhilePaging() throws Exception {
        mvc.perform(get("/settings/users").param("q", token).param("sort", "email,asc").param("size", "1")
                        .with(tenant.owner().signedIn()))
                .andExpect(content().string(containsString("aria-sort=\"ascending\"")))
                .andExpect(content().string(containsString("sort=email,desc")))
                .andExpect(content().string(containsString("sort=email,asc&amp;page=1&amp;size=1")))
                .andExpect(content().string(containsString("A-" + token)))
                .andExpect(content().string(not(containsString("b-" + token))));
    }

    // design §4: another tenant's rows never appear, whatever the search, sort or filter
    @Test
    void anotherTenantsRowsNeverAppear() throws Exception {
        for (String sort : new String[] {"name,asc", "email,desc", "status,asc"}) {
            mvc.perform(get("/api/v1/users").param("q", token).param("sort", sort).with(tenant.owner().signedIn()))
                    .andExpect(jsonPath("$.totalElements").value(3))
                    .andExpect(content().string(not(containsString("far-" + token))));
        }
        mvc.perform(get("/settings/stores").param("q", token).with(tenant.owner().signedIn()))
                .andExpect(content().string(not(containsString("Other " + token))));
        mvc.perform(get("/api/v1/stores").param("q", token).with(other.owner().signedIn()))
                .andExpect(jsonPath("$.totalElements").value(1));
    }
}
