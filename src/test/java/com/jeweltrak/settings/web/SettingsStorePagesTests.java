package com.jeweltrak.settings.web;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.lists.ListView;
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
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Settings → Stores pages (10-settings §Store Configuration). */
@IntegrationTest
class SettingsStorePagesTests {

    @Autowired MockMvc mvc;
    @Autowired TestTenants tenants;
    @Autowired Stores stores;

    static TestTenants.Tenant tenant;
    static TestTenants.Person sales;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("store-pages");
        sales = tenants.addPerson(tenant, "Sally", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
    }

    // 10-settings §Store Configuration R6: rates are typed as percent and kept as the fraction (0.06 = 6%)
    @Test
    void savingTaxRatesAsPercentStoresTheFraction() throws Exception {
        StoreId id = addStore("Percent Store");
        Map<String, String> form = StoreFormPosts.filled("Percent Store");
        form.put("taxRate", "6.25");
        form.put("surTaxRate", "0.5");
        form.put("surTaxThreshold", "5000");

        mvc.perform(StoreFormPosts.post("/settings/stores/" + id, form).with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/settings/stores/" + id))
                .andExpect(flash().attribute("flash", "Store saved."));

        Store saved = load(id);
        assertThat(saved.tax().taxRate()).isEqualByComparingTo("0.0625");
        assertThat(saved.tax().surTaxRate()).isEqualByComparingTo("0.005");
        assertThat(saved.tax().surTaxThreshold()).isEqualByComparingTo("5000");
    }

    // 10-settings §Store Configuration R6: a stored fraction is shown back as the percent typed, never in exponent form
    @Test
    void theEditFormShowsAStoredRateAsItsPercent() throws Exception {
        StoreId id = addStore("Ten Percent Store");
        Map<String, String> form = StoreFormPosts.filled("Ten Percent Store");
        form.put("taxRate", "10");
        mvc.perform(StoreFormPosts.post("/settings/stores/" + id, form).with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/settings/stores/" + id).with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"10\"")))
                .andExpect(content().string(not(containsString("1E+1"))));
    }

    // 10-settings §Store Configuration R6; design §5 forms: a bad rate is explained beside its field, nothing typed is lost
    @Test
    void anInvalidRateIsShownBesideTheFieldAndTypedValuesAreKept() throws Exception {
        StoreId id = addStore("Kept Store");
        Map<String, String> form = StoreFormPosts.filled("Kept Store Renamed");
        form.put("city", "Typed City");
        form.put("taxRate", "106.5");

        mvc.perform(StoreFormPosts.post("/settings/stores/" + id, form).with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("storeForm", "taxRate"))
                .andExpect(content().string(containsString(StoreForm.RATE)))
                .andExpect(content().string(containsString("value=\"106.5\"")))
                .andExpect(content().string(containsString("value=\"Kept Store Renamed\"")))
                .andExpect(content().string(containsString("value=\"Typed City\"")));

        assertThat(load(id).name()).isEqualTo("Kept Store");
    }

    // design §5 forms: text in a number field is a clear message beside it, not a conversion error
    @Test
    void aRateThatIsNotANumberIsShownBesideTheFieldAsTyped() throws Exception {
        StoreId id = addStore("Word Rate Store");
        Map<String, String> form = StoreFormPosts.filled("Word Rate Store");
        form.put("surTaxRate", "six");

        mvc.perform(StoreFormPosts.post("/settings/stores/" + id, form).with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("storeForm", "surTaxRate"))
                .andExpect(content().string(containsString("value=\"six\"")))
                .andExpect(content().string(containsString("Enter a number")))
                .andExpect(content().string(not(containsString("Failed to convert"))));
    }

    // 10-settings §Store Configuration R2: the name prints on documents, so two stores may not share it
    @Test
    void aSecondStoreWithTheSameNameIsRefused() throws Exception {
        addStore("Twin Store");

        mvc.perform(StoreFormPosts.post("/settings/stores", StoreFormPosts.filled("twin store"))
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("storeForm", "name"))
                .andExpect(content().string(containsString("Another store is already called")));
    }

    // 10-settings §Store Configuration R1; design §4 Stores: an organization always keeps one active store
    @Test
    void theLastActiveStoreCannotBeDeactivated() throws Exception {
        TestTenants.Tenant solo = tenants.open("store-solo");
        Store only = TenantContext.callAs(solo.id(), solo.owner().id(), () -> stores.get(solo.store()));
        Map<String, String> form = StoreFormPosts.filled(only.name());
        form.remove("active");

        mvc.perform(StoreFormPosts.post("/settings/stores/" + solo.store(), form).with(solo.owner().signedIn()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("storeForm", "active"))
                .andExpect(content().string(containsString("only active store")));

        assertThat(TenantContext.callAs(solo.id(), null, () -> stores.get(solo.store())).active()).isTrue();
    }

    // 10-settings §Store Configuration R1: with another store open, a store can close
    @Test
    void aStoreCanBeDeactivatedWhileAnotherStaysActive() throws Exception {
        StoreId id = addStore("Closing Store");
        Map<String, String> form = StoreFormPosts.filled("Closing Store");
        form.remove("active");

        mvc.perform(StoreFormPosts.post("/settings/stores/" + id, form).with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/settings/stores/" + id));

        assertThat(load(id).active()).isFalse();
    }

    // 10-settings §Store Configuration R1: each location is a store of its own, added from Settings → Stores
    @Test
    void addingAStoreOpensItsPageWithEverythingSaved() throws Exception {
        Map<String, String> form = StoreFormPosts.filled("Harbor Store");
        form.put("defaultStockType", "W");
        form.put("showSerialNumber", "true");

        String location = mvc.perform(StoreFormPosts.post("/settings/stores", form)
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrlPattern("/settings/stores/*"))
                .andExpect(flash().attribute("flash", "Store saved."))
                .andReturn().getResponse().getRedirectedUrl();

        Store added = load(new StoreId(Long.parseLong(location.substring(location.lastIndexOf('/') + 1))));
        assertThat(added.name()).isEqualTo("Harbor Store");
        assertThat(added.defaultStockType()).isEqualTo('W');
        assertThat(added.display()).isEqualTo(new Store.DisplayFlags(false, false, true));
        assertThat(added.timeZone().getId()).isEqualTo("America/Chicago");
        assertThat(added.address().city()).isEqualTo("Springfield");
    }

    // 10-settings §Permissions R11, R17: store configuration is a tenant admin's; the server refuses anyone else
    @Test
    void aSalesUserIsRefusedSavingAStore() throws Exception {
        mvc.perform(StoreFormPosts.post("/settings/stores/" + tenant.store(), StoreFormPosts.filled("Sales Was Here"))
                        .with(sales.signedIn()).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(load(tenant.store()).name()).isNotEqualTo("Sales Was Here");
    }

    // 10-settings §Permissions R17 (layer 2): opening a forbidden settings page by URL is refused
    @Test
    void aSalesUserIsRefusedTheStorePages() throws Exception {
        mvc.perform(get("/settings/stores").with(sales.signedIn())).andExpect(status().isForbidden());
        mvc.perform(get("/settings/stores/" + tenant.store()).with(sales.signedIn())).andExpect(status().isForbidden());
    }

    // design §4 Tenancy; design §5b: another tenant's store is simply not found
    @Test
    void anotherTenantsStoreIsNotFound() throws Exception {
        TestTenants.Tenant other = tenants.open("store-pages-other");

        mvc.perform(get("/settings/stores/" + other.store()).with(tenant.owner().signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(StoreFormPosts.post("/settings/stores/" + other.store(), StoreFormPosts.filled("Hijacked"))
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(TenantContext.callAs(other.id(), null, () -> stores.get(other.store())).name()).isNotEqualTo("Hijacked");
    }

    // design §5: every list is paged on the server
    @Test
    void theStoreListIsPaged() throws Exception {
        addStore("Paging Store");

        var page = mvc.perform(get("/settings/stores").param("size", "1").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Page 1 of ")))
                .andReturn().getModelAndView().getModel().get("list");

        assertThat(page).isInstanceOf(ListView.class);
        Paged<?> paged = ((ListView) page).page();
        assertThat(paged.content()).hasSize(1);
        assertThat(paged.totalElements()).isGreaterThanOrEqualTo(2);
    }

    private StoreId addStore(String name) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> stores.add(
                new Store(null, name, null, null, null, java.time.ZoneId.of("America/New_York"), null, null,
                        new Store.TaxSetup(new BigDecimal("0.06"), BigDecimal.ZERO, null), 'J', null, true)));
    }

    private Store load(StoreId id) {
        return TenantContext.callAs(tenant.id(), null, () -> stores.get(id));
    }
}
