package com.jeweltrak.inventory.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.PriceLadder;
import com.jeweltrak.inventory.PriceLadder.Base;
import com.jeweltrak.inventory.PriceLadder.Step;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.inventory.SettingPriceMultipliers;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Store multipliers, their page and API, and prices of new items (04-inventory §Inventory Pricing Multipliers). */
@IntegrationTest
class PricingMultipliersTests {

    static TestTenants.Tenant tenant;
    static StoreId wholesale;

    @Autowired MockMvc mvc;
    @Autowired ReceivingAnItem receiving;
    @Autowired SettingPriceMultipliers setting;
    @Autowired Items items;
    @Autowired TransactionTemplate transactions;

    static final PriceLadder STACKED = new PriceLadder(new BigDecimal("2.0"), new Step(new BigDecimal("1.25"), Base.PREVIOUS),
            new Step(new BigDecimal("1.20"), Base.PREVIOUS), new Step(new BigDecimal("1.33"), Base.PREVIOUS));

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("pricing-multipliers");
        wholesale = tenants.addStore(tenant, "Wholesale");
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> work.get()));
    }

    private static Item ring(StoreId store, String cost, Item.Prices prices) {
        return new Item(null, 0, store, "Ring", null, null, null, true, LocalDate.of(2026, 11, 1), new BigDecimal(cost),
                prices, null, JewelryDetails.NONE);
    }

    // R6, R7, R10: a new item's blank prices come from its store's multipliers; a typed price is kept
    @Test
    void aNewItemGetsItsBlankPricesFromItsStoresMultipliers() {
        as(() -> {
            setting.set(tenant.store(), STACKED);
            return null;
        });
        ItemId id = as(() -> receiving.receive(ring(tenant.store(), "1000.00",
                new Item.Prices(null, null, new BigDecimal("2999.00"), null)), NewStock.one()));
        Item.Prices prices = as(() -> items.get(id)).prices();
        assertThat(prices.price1()).isEqualByComparingTo("2000.00");
        assertThat(prices.price2()).isEqualByComparingTo("2500.00");
        assertThat(prices.price3()).isEqualByComparingTo("2999.00");
        assertThat(prices.retail()).isEqualByComparingTo("3990.00"); // the ladder from cost, as the form suggested it
    }

    // R1, R11: multipliers are per store; a store without any leaves the prices blank
    @Test
    void aStoreWithoutMultipliersLeavesPricesBlank() {
        ItemId id = as(() -> receiving.receive(ring(wholesale, "500.00", null), NewStock.one()));
        assertThat(as(() -> items.get(id)).prices()).isEqualTo(Item.Prices.NONE);
    }

    // R8: changing the cost of an existing item later does not recalculate any price
    @Test
    void editingTheCostLaterDoesNotReprice() {
        StoreId store = as(() -> {
            setting.set(wholesale, new PriceLadder(new BigDecimal("3"), null, null, null));
            return wholesale;
        });
        ItemId id = as(() -> receiving.receive(ring(store, "100.00", null), NewStock.one()));
        as(() -> {
            Item item = items.get(id);
            items.update(item.withDetailsOf(ring(store, "200.00", item.prices())));
            return null;
        });
        Item after = as(() -> items.get(id));
        assertThat(after.cost()).isEqualByComparingTo("200.00");
        assertThat(after.prices().price1()).isEqualByComparingTo("300.00");
        as(() -> {
            setting.set(wholesale, PriceLadder.NONE);
            return null;
        });
    }

    // R1, R4: the API reads and replaces a store's multipliers with their bases
    @Test
    void theApiReplacesAStoresMultipliers() throws Exception {
        StoreId store = tenantsStore("Api store");
        mvc.perform(put("/api/v1/stores/" + store + "/price-multipliers").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"p1Multiplier": "2.0", "p2Multiplier": "2.5", "p2Base": "COST", "p3Multiplier": "3",
                                 "p3Base": "COST", "retailMultiplier": "1.33", "retailBase": "PREVIOUS"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.p1Multiplier").value("2"))
                .andExpect(jsonPath("$.retailBase").value("PREVIOUS"));
        mvc.perform(get("/api/v1/stores/" + store + "/price-multipliers").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.p2Multiplier").value("2.5"))
                .andExpect(jsonPath("$.p3Multiplier").value("3"));
        mvc.perform(put("/api/v1/stores/" + store + "/price-multipliers").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"p1Multiplier\": \"-2\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("p1Multiplier")));
    }

    @Autowired TestTenants tenants;

    private StoreId tenantsStore(String name) {
        return tenants.addStore(tenant, name);
    }

    // R6, R11: the form's suggestions are the ladder over the cost typed, blank levels null
    @Test
    void suggestionsAreTheStoresLadderOverTheCost() throws Exception {
        StoreId store = tenantsStore("Suggesting store");
        as(() -> {
            setting.set(store, new PriceLadder(new BigDecimal("2"), new Step(new BigDecimal("1.25"), Base.PREVIOUS), null,
                    new Step(new BigDecimal("4"), Base.COST)));
            return null;
        });
        mvc.perform(get("/inventory/price-suggestions").param("storeId", store.toString()).param("cost", "1000")
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.price1").value("2000.00"))
                .andExpect(jsonPath("$.price2").value("2500.00"))
                .andExpect(jsonPath("$.price3").value(nullValue()))
                .andExpect(jsonPath("$.retailPrice").value("4000.00"));
    }

    // R1: the store's page shows the multipliers and puts an error beside the field that caused it
    @Test
    void thePageSavesMultipliersAndShowsAnErrorBesideTheField() throws Exception {
        StoreId store = tenantsStore("Page store");
        String url = "/settings/stores/" + store + "/multipliers";
        mvc.perform(post(url).with(tenant.owner().signedIn()).with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf())
                        .param("p1Multiplier", "2").param("p2Multiplier", "1.25").param("p2Base", "PREVIOUS")
                        .param("p3Multiplier", "").param("p3Base", "COST").param("retailMultiplier", "4").param("retailBase", "COST"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(url).with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"1.25\"")));
        mvc.perform(post(url).with(tenant.owner().signedIn()).with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf())
                        .param("p1Multiplier", "2").param("p2Multiplier", "-1").param("p2Base", "COST")
                        .param("p3Base", "COST").param("retailBase", "COST"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"p2MultiplierError\"")))
                .andExpect(content().string(containsString("value=\"-1\"")));
        mvc.perform(get("/settings/stores/" + store).with(tenant.owner().signedIn()))
                .andExpect(content().string(containsString("/settings/stores/" + store + "/multipliers")));
    }
}
