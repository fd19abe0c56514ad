package com.jeweltrak.inventory.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import com.jeweltrak.inventory.DiamondDetails;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.QuantityReconciliation;
import com.jeweltrak.inventory.QuantityReconciliation.Mismatch;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Utilities → Quantity Reconciliation on the real database (11-utilities §Quantity Reconciliation). */
@IntegrationTest
class QuantityReconciliationTests {

    static TestTenants.Tenant tenant;

    @Autowired MockMvc mvc;
    @Autowired TestTenants tenants;
    @Autowired ReceivingAnItem receiving;
    @Autowired QuantityReconciliation reconciliation;
    @Autowired Items items;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("quantity-reconciliation");
    }

    private <T> T as(TestTenants.Tenant who, Supplier<T> work) {
        return TenantContext.callAs(who.id(), who.owner().id(), () -> transactions.execute(s -> work.get()));
    }

    private ItemId ring(TestTenants.Tenant who, String quantity) {
        return as(who, () -> receiving.receive(new Item(null, 0, who.store(), "Ring", null, null, null, true,
                LocalDate.of(2026, 11, 1), new BigDecimal("100"), null, null, JewelryDetails.NONE),
                new NewStock(new BigDecimal(quantity), null)));
    }

    private ItemId diamond(String carats) {
        return as(tenant, () -> receiving.receive(new Item(null, 0, tenant.store(), "Loose", null, null, null, true,
                LocalDate.of(2026, 11, 1), new BigDecimal("900"), null, null,
                new DiamondDetails("WHITE", "Round", "H", null, "SI1", null, null, null, null, null, null, null, null,
                        null, null, null, "NATURAL", 3)), new NewStock(new BigDecimal("3"), new BigDecimal(carats))));
    }

    /** The ledger bypassed: what a bug, a restore or a hand edit in the database would leave behind. */
    private void behindTheLedgersBack(ItemId id, String set) {
        as(tenant, () -> jdbc.sql("update item set " + set + " where id = ?").param(id.value()).update());
    }

    private long movements(ItemId id) {
        return as(tenant, () -> jdbc.sql("select count(*) from stock_movement where item_id = ?").param(id.value())
                .query(Long.class).single());
    }

    private List<Mismatch> mismatches(TestTenants.Tenant who) {
        return as(who, () -> reconciliation.run(0, 200).content());
    }

    private Mismatch mismatchOf(ItemId id) {
        return mismatches(tenant).stream().filter(m -> m.item().equals(id)).findFirst().orElse(null);
    }

    // R5: items whose stored values agree with their movements are not listed — a clean tenant shows nothing
    @Test
    void aTenantWhoseItemsAgreeWithTheirMovementsShowsNothing() throws Exception {
        TestTenants.Tenant clean = tenants.open("quantity-reconciliation-clean");
        ring(clean, "2");
        ring(clean, "1");
        assertThat(mismatches(clean)).isEmpty();
        mvc.perform(get("/utilities/quantity-reconciliation").param("run", "true").with(clean.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reconciliationClean\"")));
    }

    // R2, R5: an item whose stored In Stock was changed behind the ledger's back is listed with Expected = Σ movements
    @Test
    void anItemChangedBehindTheLedgersBackIsListedWithItsExpectedQuantity() throws Exception {
        ItemId id = ring(tenant, "2");
        behindTheLedgersBack(id, "in_stock = 5");
        Mismatch mismatch = mismatchOf(id);
        assertThat(mismatch).isNotNull();
        assertThat(mismatch.storedInStock()).isEqualByComparingTo("5");
        assertThat(mismatch.expectedInStock()).isEqualByComparingTo("2");
        assertThat(mismatch.inStockDifference()).isEqualByComparingTo("-3");
        String stockId = mismatch.stockId();
        mvc.perform(get("/api/v1/quantity-reconciliation").param("size", "200").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.stockId == '" + stockId + "')].expectedInStock").value("2"))
                .andExpect(jsonPath("$.content[?(@.stockId == '" + stockId + "')].storedInStock").value("5"));
        mvc.perform(get("/utilities/quantity-reconciliation/items/" + id).with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Initial stock")));
    }

    // R7: Fix sets the stored values to the expected ones, writes no movement, and a re-run shows the item clean
    @Test
    void fixingSetsTheStoredValuesAndWritesNoMovement() throws Exception {
        ItemId id = ring(tenant, "3");
        behindTheLedgersBack(id, "in_stock = 1, on_memo = 2");
        long before = movements(id);
        mvc.perform(post("/utilities/quantity-reconciliation/fix").param("itemId", id.toString())
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(mismatchOf(id)).isNull();
        Item fixed = as(tenant, () -> items.get(id));
        assertThat(fixed.quantities().inStock()).isEqualByComparingTo("3");
        assertThat(fixed.quantities().onMemo()).isEqualByComparingTo("0");
        assertThat(movements(id)).isEqualTo(before);
    }

    // R7 (decision 11): an expected value below zero means the history is wrong; the fix is refused
    @Test
    void aNegativeExpectedValueIsRefused() throws Exception {
        ItemId id = ring(tenant, "1");
        as(tenant, () -> jdbc.sql("""
                        insert into stock_movement (tenant_id, item_id, kind, in_stock_delta, reason)
                        values (jt_current_tenant(), ?, 'ADJUST', -2, 'written around the ledger')""")
                .param(id.value()).update());
        Mismatch mismatch = mismatchOf(id);
        assertThat(mismatch.expectedInStock()).isEqualByComparingTo("-1");
        assertThat(mismatch.fixable()).isFalse();
        mvc.perform(post("/api/v1/quantity-reconciliation/fix").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"itemIds\": [" + id + "]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(mismatch.stockId())));
        assertThat(as(tenant, () -> items.get(id)).quantities().inStock()).isEqualByComparingTo("1");
    }

    // R3: loose stones' carats are reconciled like quantities, and fixed the same way
    @Test
    void caratsOfStonesAreReconciled() throws Exception {
        ItemId id = diamond("1.515");
        behindTheLedgersBack(id, "carats = 1.2");
        Mismatch mismatch = mismatchOf(id);
        assertThat(mismatch.storedCarats()).isEqualByComparingTo("1.2");
        assertThat(mismatch.expectedCarats()).isEqualByComparingTo("1.515");
        assertThat(mismatch.expectedInStock()).isEqualByComparingTo(mismatch.storedInStock());
        mvc.perform(post("/api/v1/quantity-reconciliation/fix").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"itemIds\": [" + id + "]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fixedStockIds[0]").value(mismatch.stockId()));
        assertThat(as(tenant, () -> items.get(id)).quantities().carats()).isEqualByComparingTo("1.515");
        assertThat(mismatchOf(id)).isNull();
    }

    // R7: Fix all fixes every fixable mismatch and names those left for an adjustment
    @Test
    void fixAllFixesWhatItCanAndNamesTheRest() {
        TestTenants.Tenant other = tenants.open("quantity-reconciliation-fix-all");
        ItemId drifted = ring(other, "2");
        ItemId broken = ring(other, "1");
        as(other, () -> jdbc.sql("update item set in_stock = 7 where id = ?").param(drifted.value()).update());
        as(other, () -> jdbc.sql("""
                        insert into stock_movement (tenant_id, item_id, kind, in_stock_delta, reason)
                        values (jt_current_tenant(), ?, 'ADJUST', -3, 'written around the ledger')""")
                .param(broken.value()).update());
        QuantityReconciliation.Fixed fixed = as(other, () -> reconciliation.fixAll());
        assertThat(fixed.fixedStockIds()).hasSize(1);
        assertThat(fixed.refusedStockIds()).hasSize(1);
        assertThat(mismatches(other)).extracting(Mismatch::item).containsExactly(broken);
    }
}
