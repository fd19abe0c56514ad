package com.jeweltrak.settings.web;

import java.math.BigDecimal;
import java.util.Set;

import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET/POST/PUT /api/v1/stores (10-settings §Store Configuration; design §5b). */
@IntegrationTest
class SettingsStoresApiTests {

    @Autowired MockMvc mvc;
    @Autowired TestTenants tenants;
    @Autowired Stores stores;

    static TestTenants.Tenant tenant;
    static TestTenants.Person sales;
    static StoreId secondStore;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired Stores stores) {
        tenant = tenants.open("stores-api");
        secondStore = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> stores.add(
                Store.opened("Api Second " + tenant.id(), java.time.ZoneId.of("America/Denver"))));
        sales = tenants.addPerson(tenant, "Sid", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of(tenant.store()));
    }

    // design §5b: collections are paged {content, page, size, totalElements}; design §4: only the caller's tenant
    @Test
    void theListIsPagedAndShowsOnlyTheCallersTenantsStores() throws Exception {
        TestTenants.Tenant other = tenants.open("stores-api-other");
        String ownPrefix = "Api Paged " + tenant.id() + " ";
        for (String suffix : new String[] {"A", "B"}) {
            TenantContext.runAs(tenant.id(), null, () -> stores.add(Store.opened(ownPrefix + suffix,
                    java.time.ZoneId.of("America/New_York"))));
        }
        long own = TenantContext.callAs(tenant.id(), null, () -> stores.all().size());

        mvc.perform(get("/api/v1/stores").param("size", "2").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(2)))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.totalElements").value(own));
        mvc.perform(get("/api/v1/stores").param("size", "200").with(tenant.owner().signedIn()))
                .andExpect(jsonPath("$.content", hasSize((int) own)))
                .andExpect(jsonPath("$.content[*].id", everyItem(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.is((int) other.store().value())))));
    }

    // 10-settings §Permissions R14: without CanViewAllStores a user sees only the stores on their list
    @Test
    void aUserWithoutViewAllStoresSeesOnlyTheStoresOnTheirList() throws Exception {
        mvc.perform(get("/api/v1/stores").with(sales.signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(tenant.store().value()));
        mvc.perform(get("/api/v1/stores/" + secondStore).with(sales.signedIn()))
                .andExpect(status().isNotFound());
    }

    // 10-settings §Store Configuration R1 (inferred): whoever opens a store can work in it at once
    @Test
    void theAdminWhoAddsAStoreCanSwitchToItRightAway() throws Exception {
        String name = "Api Mine " + tenant.id();
        mvc.perform(post("/api/v1/stores").with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(name, "0.05")))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/me").with(tenant.owner().signedIn()))
                .andExpect(jsonPath("$.stores[*].name", org.hamcrest.Matchers.hasItem(name)));
    }

    // design §4 Tenancy; design §5b: 404 for what the caller may not see
    @Test
    void anotherTenantsStoreIsNotFound() throws Exception {
        TestTenants.Tenant other = tenants.open("stores-api-hidden");

        mvc.perform(get("/api/v1/stores/" + other.store()).with(tenant.owner().signedIn()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(put("/api/v1/stores/" + other.store()).with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content(body("Taken Over", "0.05")))
                .andExpect(status().isNotFound());
    }

    // 10-settings §Store Configuration R6; design §5b: rates are fractions and money decimal strings
    @Test
    void addingAStoreAnswers201WithRatesAndMoneyAsDecimalStrings() throws Exception {
        String name = "Api Added " + tenant.id();
        mvc.perform(post("/api/v1/stores").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content(body(name, "0.0625")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/stores/")))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.taxRate").value("0.0625"))
                .andExpect(jsonPath("$.surTaxRate").value("0.01"))
                .andExpect(jsonPath("$.surTaxThreshold").value("5000.00"))
                .andExpect(jsonPath("$.address.city").value("Springfield"))
                .andExpect(jsonPath("$.active").value(true));
    }

    // 10-settings §Permissions R11, R17 (layer 3): the API refuses a store change without CanManageUsers
    @Test
    void aSalesUserIsRefusedChangingAStore() throws Exception {
        mvc.perform(put("/api/v1/stores/" + tenant.store()).with(sales.signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content(body("Sales Store", "0.05")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));

        assertThat(TenantContext.callAs(tenant.id(), null, () -> stores.get(tenant.store())).name())
                .isNotEqualTo("Sales Store");
    }

    // design §5b: a malformed value is 400 with the field named
    @Test
    void aRateOfOneOrMoreIsABadRequestNamingTheField() throws Exception {
        mvc.perform(put("/api/v1/stores/" + secondStore).with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content(body("Api Second " + tenant.id(), "6.25")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.taxRate").exists());
    }

    // 10-settings §Store Configuration R2; design §5b: a valid request a rule refuses is 422
    @Test
    void aTakenNameIsRefusedWith422() throws Exception {
        String taken = TenantContext.callAs(tenant.id(), null, () -> stores.get(tenant.store())).name();

        mvc.perform(put("/api/v1/stores/" + secondStore).with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content(body(taken.toUpperCase(), "0.05")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.name").exists());
    }

    // design §5b: one store by id, with its settings
    @Test
    void oneStoreIsReadById() throws Exception {
        TenantContext.runAs(tenant.id(), null, () -> {
            Store s = stores.get(secondStore);
            stores.update(new Store(s.id(), s.name(), s.address(), s.phone(), s.email(), s.timeZone(), "TX-9", null,
                    new Store.TaxSetup(new BigDecimal("0.082500"), BigDecimal.ZERO, null), 'D', s.display(), true));
        });

        mvc.perform(get("/api/v1/stores/" + secondStore).with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(secondStore.value()))
                .andExpect(jsonPath("$.taxRate").value("0.0825"))
                .andExpect(jsonPath("$.surTaxThreshold").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.defaultStockType").value("D"))
                .andExpect(jsonPath("$.timeZone").value("America/Denver"));
    }

    private static String body(String name, String taxRate) {
        return """
                {"name": "%s", "address": {"line1": "1 Gem Row", "city": "Springfield", "country": "US"},
                 "timeZone": "America/Denver", "taxRate": "%s", "surTaxRate": "0.01", "surTaxThreshold": "5000",
                 "defaultStockType": "J", "showOrderNumber": true}""".formatted(name, taxRate);
    }
}
