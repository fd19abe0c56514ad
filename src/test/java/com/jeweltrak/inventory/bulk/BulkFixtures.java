package com.jeweltrak.inventory.bulk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.MovementKind;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.inventory.StockLedger;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.TestTenants;
import jakarta.servlet.http.Cookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Items, memo movements, list selections and audit look-ups for the bulk-action tests, on the real database. */
record BulkFixtures(TestTenants.Tenant tenant, ReceivingAnItem receiving, StockLedger ledger, Items items,
                    JdbcClient jdbc, TransactionTemplate transactions) {

    static final String JEWELRY = "inventory.jewelry";

    <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> work.get()));
    }

    /** A ring in the store with cost and prices as given (null = blank). */
    Item ring(StoreId store, String cost, String price1, String retail) {
        ItemId id = as(() -> receiving.receive(new Item(null, 0, store, "Ring", null, "Bulk test band", null, true,
                LocalDate.of(2026, 11, 1), new BigDecimal(cost), new Item.Prices(money(price1), null, null, money(retail)),
                null, new JewelryDetails("Yellow Gold", "14K", null, new BigDecimal("3"), null, "LADIES", "NEW")),
                NewStock.one()));
        return item(id);
    }

    Item ring(String cost, String price1, String retail) {
        return ring(tenant.store(), cost, price1, retail);
    }

    Item item(ItemId id) {
        return as(() -> items.get(id));
    }

    /** Sends the item out on memo: one moves from In Stock to On Memo. */
    void outOnMemo(Item item) {
        as(() -> {
            ledger.record(item.id(), new StockLedger.Movement(MovementKind.MEMO_OUT, BigDecimal.ONE.negate(), BigDecimal.ONE,
                    null, "memo", null, null));
            return null;
        });
    }

    /** Takes the one piece out of stock (an adjustment), leaving none. */
    void noneInStock(Item item) {
        as(() -> {
            ledger.record(item.id(), StockLedger.Movement.of(MovementKind.ADJUST, BigDecimal.ONE.negate(), null, "broken"));
            return null;
        });
    }

    /** Audit entries of the item row written by a bulk operation of that name. */
    long bulkAuditEntries(Item item, String operation) {
        return as(() -> jdbc.sql("""
                        select count(*) from audit_log where table_name = 'item' and row_id = ? and action = 'UPDATE'
                          and request_id like ?""")
                .params(item.id().toString(), "bulk-" + operation + "-%").query(Long.class).single());
    }

    long movements(Item item) {
        return as(() -> jdbc.sql("select count(*) from stock_movement where item_id = ?").param(item.id().value())
                .query(Long.class).single());
    }

    static void tick(MockMvc mvc, Cookie session, String list, Item... rows) throws Exception {
        mvc.perform(post("/lists/selection").cookie(session).with(csrf()).header("HX-Request", "true")
                        .param("list", list)
                        .param("ids", String.join(",", java.util.Arrays.stream(rows).map(i -> i.id().toString()).toList()))
                        .param("selected", "page"))
                .andExpect(status().isOk());
    }

    static List<Item> family(Family family, List<Item> items) {
        return items.stream().filter(i -> i.family() == family).toList();
    }

    private static BigDecimal money(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
