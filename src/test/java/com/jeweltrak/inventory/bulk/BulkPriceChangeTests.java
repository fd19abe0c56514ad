package com.jeweltrak.inventory.bulk;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.PriceLadder;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.inventory.SettingPriceMultipliers;
import com.jeweltrak.inventory.StockLedger;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import com.jeweltrak.support.WebSignIn;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static com.jeweltrak.inventory.bulk.PriceLevel.PRICE1;
import static com.jeweltrak.inventory.bulk.PriceLevel.RETAIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bulk price change (04-inventory §Pricing Multipliers R9; §Bulk Actions R10) on the real database. */
@IntegrationTest
class BulkPriceChangeTests {

    static TestTenants.Tenant tenant;

    @Autowired RepricingItems repricing;
    @Autowired SettingPriceMultipliers setting;
    @Autowired ReceivingAnItem receiving;
    @Autowired StockLedger ledger;
    @Autowired Items items;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired TestTenants tenants;
    @Autowired MockMvc mvc;

    BulkFixtures fx;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("bulk-price");
    }

    @BeforeEach
    void fixtures() {
        fx = new BulkFixtures(tenant, receiving, ledger, items, jdbc, transactions);
    }

    private static PriceRule rule(Set<PriceLevel> levels, PriceRule.Kind kind, String value, PriceRule.Rounding rounding) {
        return new PriceRule(levels, kind, value == null ? null : new BigDecimal(value), rounding);
    }

    // Pricing Multipliers R9: the preview shows each item's price old → new and changes nothing
    @Test
    void previewShowsOldAndNewAndChangesNothing() {
        Item ring = fx.ring("500", "1000", "2000");
        List<PriceChange> preview = fx.as(() -> repricing.preview(List.of(ring),
                rule(Set.of(RETAIL), PriceRule.Kind.PERCENT, "10", PriceRule.Rounding.CENTS)));

        assertThat(preview).singleElement().satisfies(c -> assertThat(c.lines()).singleElement().satisfies(l -> {
            assertThat(l.level()).isEqualTo(RETAIL);
            assertThat(l.before()).isEqualByComparingTo("2000");
            assertThat(l.after()).isEqualByComparingTo("2200.00");
        }));
        assertThat(fx.item(ring.id()).prices().retail()).isEqualByComparingTo("2000");
        assertThat(fx.bulkAuditEntries(ring, "price-change")).isZero();
    }

    // Pricing Multipliers R9; Bulk Actions R10: applying changes every item's prices, each audited as a bulk update
    @Test
    void applyChangesThePricesAndAuditsEachItemAsABulkUpdate() {
        Item first = fx.ring("500", "1000", "2000");
        Item second = fx.ring("300", "600", "1200");
        fx.as(() -> repricing.apply(List.of(first, second), rule(Set.of(PRICE1, RETAIL), PriceRule.Kind.PERCENT, "10",
                PriceRule.Rounding.CENTS)));

        assertThat(fx.item(first.id()).prices().price1()).isEqualByComparingTo("1100.00");
        assertThat(fx.item(first.id()).prices().retail()).isEqualByComparingTo("2200.00");
        assertThat(fx.item(second.id()).prices().retail()).isEqualByComparingTo("1320.00");
        assertThat(fx.bulkAuditEntries(first, "price-change")).isEqualTo(1);
        assertThat(fx.bulkAuditEntries(second, "price-change")).isEqualTo(1);
    }

    // Pricing Multipliers R9, R10: a percentage is rounded to the cent, half-up; other levels stay as they were
    @Test
    void aPercentageIsRoundedToTheCent() {
        Item ring = fx.ring("500", "1000", "2000");
        fx.as(() -> repricing.apply(List.of(ring), rule(Set.of(RETAIL), PriceRule.Kind.PERCENT, "12.345",
                PriceRule.Rounding.CENTS)));

        assertThat(fx.item(ring.id()).prices().retail()).isEqualByComparingTo("2246.90");
        assertThat(fx.item(ring.id()).prices().price1()).isEqualByComparingTo("1000");
    }

    // Pricing Multipliers R9: a percentage rounded to whole dollars
    @Test
    void aPercentageCanBeRoundedToWholeDollars() {
        Item ring = fx.ring("500", "1000", "1999.99");
        fx.as(() -> repricing.apply(List.of(ring), rule(Set.of(RETAIL), PriceRule.Kind.PERCENT, "3.3",
                PriceRule.Rounding.WHOLE_DOLLARS)));

        assertThat(fx.item(ring.id()).prices().retail()).isEqualByComparingTo("2066.00");
    }

    // Pricing Multipliers R9: an amount off, ending in .99; a blank level stays blank
    @Test
    void anAmountCanEndInNinetyNineAndABlankPriceStaysBlank() {
        // a store of its own: no multipliers to fill the blank Retail when the ring is received (R6)
        Item ring = fx.ring(tenants.addStore(tenant, "Plain " + System.nanoTime()), "500", "1000", null);
        fx.as(() -> repricing.apply(List.of(ring), rule(Set.of(PRICE1, RETAIL), PriceRule.Kind.AMOUNT, "-10.50",
                PriceRule.Rounding.NINETY_NINE)));

        assertThat(fx.item(ring.id()).prices().price1()).isEqualByComparingTo("989.99");
        assertThat(fx.item(ring.id()).prices().retail()).isNull();
    }

    // Pricing Multipliers R3, R4, R9, R11: "from multipliers" uses each item's own store's ladder over its cost; a
    // level that store has no multiplier for keeps the item's price
    @Test
    void multipliersComeFromEachItemsOwnStore() {
        StoreId outlet = tenants.addStore(tenant, "Outlet " + System.nanoTime());
        fx.as(() -> {
            setting.set(tenant.store(), new PriceLadder(new BigDecimal("2"), null, null,
                    new PriceLadder.Step(new BigDecimal("4"), PriceLadder.Base.COST)));
            setting.set(outlet, new PriceLadder(new BigDecimal("3"), null, null, null));
            return null;
        });
        Item main = fx.ring("500", "900", "1500");
        Item atOutlet = fx.ring(outlet, "500", "900", "1500");
        fx.as(() -> repricing.apply(List.of(main, atOutlet), rule(Set.of(PRICE1, RETAIL), PriceRule.Kind.MULTIPLIERS, null,
                PriceRule.Rounding.CENTS)));

        assertThat(fx.item(main.id()).prices().price1()).isEqualByComparingTo("1000.00");
        assertThat(fx.item(main.id()).prices().retail()).isEqualByComparingTo("2000.00");
        assertThat(fx.item(atOutlet.id()).prices().price1()).isEqualByComparingTo("1500.00");
        assertThat(fx.item(atOutlet.id()).prices().retail()).isEqualByComparingTo("1500");
    }

    // 04-inventory §0 (prices never negative); Pricing Multipliers R9: a change taking any price below zero is
    // refused whole, naming the item, and nothing changes
    @Test
    void aNegativeResultIsRefusedNamingTheItems() {
        Item cheap = fx.ring("100", "200", "400");
        Item dear = fx.ring("1000", "2000", "4000");
        assertThatThrownBy(() -> fx.as(() -> repricing.apply(List.of(cheap, dear),
                rule(Set.of(PRICE1), PriceRule.Kind.AMOUNT, "-500", PriceRule.Rounding.CENTS))))
                .isInstanceOf(PricesWouldGoNegative.class)
                .hasMessageContaining("StockID " + cheap.stockId() + " (Price 1)")
                .hasMessageNotContaining("StockID " + dear.stockId());

        assertThat(fx.item(cheap.id()).prices().price1()).isEqualByComparingTo("200");
        assertThat(fx.item(dear.id()).prices().price1()).isEqualByComparingTo("2000");
    }

    // Bulk Actions R1; Pricing Multipliers R9: from the list's selection through preview to apply on the pages
    @Test
    void thePagesPreviewThenApplyAndGoBackToTheList() throws Exception {
        Item first = fx.ring("500", "1000", "2000");
        Item second = fx.ring("300", "600", "1000");
        Cookie session = WebSignIn.session(mvc, tenant.owner().email(), TestTenants.PASSWORD);
        BulkFixtures.tick(mvc, session, BulkFixtures.JEWELRY, first, second);

        mvc.perform(get("/inventory/bulk/price-change").cookie(session).param("list", BulkFixtures.JEWELRY))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(first.stockId())))
                .andExpect(content().string(containsString(second.stockId())));
        mvc.perform(post("/inventory/bulk/price-change/preview").cookie(session).with(csrf())
                        .param("list", BulkFixtures.JEWELRY).param("levels", "RETAIL").param("kind", "PERCENT")
                        .param("value", "10").param("rounding", "CENTS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("$2,200.00")))
                .andExpect(content().string(containsString("$1,100.00")));
        assertThat(fx.item(first.id()).prices().retail()).as("the preview changes nothing").isEqualByComparingTo("2000");

        mvc.perform(post("/inventory/bulk/price-change").cookie(session).with(csrf())
                        .param("list", BulkFixtures.JEWELRY).param("levels", "RETAIL").param("kind", "PERCENT")
                        .param("value", "10").param("rounding", "CENTS"))
                .andExpect(redirectedUrl("/inventory/jewelry"))
                .andExpect(flash().attribute("flash", "2 items re-priced."));
        assertThat(fx.item(first.id()).prices().retail()).isEqualByComparingTo("2200.00");
        assertThat(fx.item(second.id()).prices().retail()).isEqualByComparingTo("1100.00");
        mvc.perform(get("/inventory/bulk/price-change").cookie(session).param("list", BulkFixtures.JEWELRY))
                .andExpect(redirectedUrl("/inventory/jewelry"))
                .andExpect(flash().attribute("problem", "Tick at least one row first."));
    }

    // Pricing Multipliers R9: a refused rule comes back on the page beside its field, nothing typed lost
    @Test
    void aNegativeResultOnThePageShowsBesideTheValue() throws Exception {
        Item ring = fx.ring("100", "200", "400");
        Cookie session = WebSignIn.session(mvc, tenant.owner().email(), TestTenants.PASSWORD);
        BulkFixtures.tick(mvc, session, BulkFixtures.JEWELRY, ring);

        mvc.perform(post("/inventory/bulk/price-change").cookie(session).with(csrf())
                        .param("list", BulkFixtures.JEWELRY).param("levels", "RETAIL").param("kind", "AMOUNT")
                        .param("value", "-1000").param("rounding", "CENTS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"valueError\"")))
                .andExpect(content().string(containsString("StockID " + ring.stockId() + " (Retail)")))
                .andExpect(content().string(containsString("value=\"-1000\"")));
        assertThat(fx.item(ring.id()).prices().retail()).isEqualByComparingTo("400");
    }

    // Pricing Multipliers R9: a value that is no number is shown beside the field as typed, and nothing is computed
    @Test
    void aValueThatIsNoNumberShowsBesideTheField() throws Exception {
        Item ring = fx.ring("100", "200", "400");
        Cookie session = WebSignIn.session(mvc, tenant.owner().email(), TestTenants.PASSWORD);
        BulkFixtures.tick(mvc, session, BulkFixtures.JEWELRY, ring);

        mvc.perform(post("/inventory/bulk/price-change/preview").cookie(session).with(csrf())
                        .param("list", BulkFixtures.JEWELRY).param("levels", "RETAIL").param("kind", "PERCENT")
                        .param("value", "ten").param("rounding", "CENTS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a number, like 6.25.")))
                .andExpect(content().string(containsString("value=\"ten\"")))
                .andExpect(content().string(not(containsString("id=\"pricePreview\""))));
    }

    // Pricing Multipliers R9 over the API: preview answers old and new and changes nothing; apply saves
    @Test
    void theApiPreviewsAndApplies() throws Exception {
        Item ring = fx.ring("500", "1000", "2000");
        String body = """
                {"itemIds": [%d], "levels": ["RETAIL"], "kind": "AMOUNT", "value": "250", "rounding": "CENTS", "apply": %s}""";
        mvc.perform(post("/api/v1/items/bulk/price-change").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(ring.id().value(), false)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(false))
                .andExpect(jsonPath("$.items[0].stockId").value(ring.stockId()))
                .andExpect(jsonPath("$.items[0].prices[0].before").value("2000.00"))
                .andExpect(jsonPath("$.items[0].prices[0].after").value("2250.00"));
        assertThat(fx.item(ring.id()).prices().retail()).isEqualByComparingTo("2000");

        mvc.perform(post("/api/v1/items/bulk/price-change").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(ring.id().value(), true)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(true));
        assertThat(fx.item(ring.id()).prices().retail()).isEqualByComparingTo("2250.00");
    }

    // 04-inventory §0 over the API: a negative result is a 422 naming the item; design §4: another tenant's item is a 404
    @Test
    void theApiRefusesNegativePricesAndOtherTenantsItems() throws Exception {
        Item ring = fx.ring("100", "200", "400");
        mvc.perform(post("/api/v1/items/bulk/price-change").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"itemIds": [%d], "levels": ["PRICE1"], "kind": "PERCENT", "value": "-150", "apply": true}"""
                                .formatted(ring.id().value())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.value", containsString(ring.stockId())));

        TestTenants.Tenant other = tenants.open("bulk-price-other");
        mvc.perform(post("/api/v1/items/bulk/price-change").with(other.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"itemIds": [%d], "levels": ["PRICE1"], "kind": "PERCENT", "value": "5", "apply": true}"""
                                .formatted(ring.id().value())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(ring.stockId()))));
        assertThat(fx.item(ring.id()).prices().price1()).isEqualByComparingTo("200");
    }
}
