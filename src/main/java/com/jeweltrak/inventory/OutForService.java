package com.jeweltrak.inventory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A loose stone out at a cutter, lab or repair shop (03-services §11 R4–R6): it still belongs to the store and stays
 * in stock (sending it out writes no movement), but while the flag is set nothing may book it — an invoice, a memo,
 * another send-out, a combine into a setting, a vendor return or scrap (R5, no double booking). The stock ledger asks
 * {@link #refuseIfOut} before any movement that takes stock out, so every document is covered by one rule; documents
 * that reserve before they move stock (an open invoice's line) ask it themselves.
 */
@Component
public class OutForService {

    private final JdbcClient jdbc;
    private final Stores stores;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    OutForService(JdbcClient jdbc, Stores stores, ApplicationEventPublisher events, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.stores = stores;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the item is out for service now; an item not found (another tenant's) is not. */
    @Transactional(readOnly = true)
    public boolean isOut(ItemId item) {
        return jdbc.sql("select out_for_service from item where id = ?").param(item.value()).query(Boolean.class)
                .optional().orElse(false);
    }

    /** Of these items, those out for service (one query for a page of items). */
    @Transactional(readOnly = true)
    public Set<ItemId> outOf(Collection<ItemId> items) {
        if (items.isEmpty()) return Set.of();
        return jdbc.sql("select id from item where out_for_service and id in (:ids)")
                .param("ids", items.stream().map(ItemId::value).toList()).query(Long.class).list().stream()
                .map(ItemId::new).collect(Collectors.toSet());
    }

    /** R5: refused while out, naming the stone and what to do. */
    public void refuseIfOut(ItemId item, String field) {
        if (!isOut(item)) return;
        String stockId = jdbc.sql("select stock_number from item where id = ?").param(item.value()).query(Long.class)
                .single().toString();
        throw new BusinessRuleViolated(field, "StockID " + stockId + " is out for service; it cannot be booked until it"
                + " comes back.");
    }

    /**
     * R3, R4: the stone goes out. Only a loose stone (diamond, colored stone, pearl) the store holds, not on memo to a
     * customer ("recall the memo first") and not already out. Locks the item row so two send-outs cannot both win.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Item sendOut(Item item, String field) {
        record Held(BigDecimal inStock, BigDecimal onMemo, boolean out) {
        }
        Held held = jdbc.sql("select in_stock, on_memo, out_for_service from item where id = ? for update")
                .param(item.id().value())
                .query((rs, n) -> new Held(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBoolean(3))).single();
        if (!isLooseStone(item.family())) {
            throw new BusinessRuleViolated(field, "Only a loose stone (diamond, colored stone or pearl) is sent out for service.");
        }
        if (held.out()) throw new BusinessRuleViolated(field, "StockID " + item.stockId() + " is already out for service.");
        if (held.onMemo().signum() > 0) {
            throw new BusinessRuleViolated(field, "StockID " + item.stockId() + " is out on memo; recall the memo first.");
        }
        if (held.inStock().signum() <= 0) {
            throw new BusinessRuleViolated(field, "StockID " + item.stockId() + " has none in stock to send out.");
        }
        jdbc.sql("update item set out_for_service = true, updated_at = now() where id = ?").param(item.id().value()).update();
        return item;
    }

    /**
     * R6: the stone is back. The flag is cleared and what the service cost is added to the stone's cost basis — spread
     * over the pieces owned, a loose stone being one piece as a rule — which revalues the stock in the books
     * ({@link ItemCostChanged}, the same event an edited cost publishes). The carat change is the caller's stock
     * movement.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void comeBack(ItemId id, BigDecimal serviceCost) {
        record Held(long stockNumber, long store, BigDecimal owned, BigDecimal cost, boolean out) {
        }
        Held held = jdbc.sql("""
                        select stock_number, store_id, in_stock + on_memo, cost, out_for_service from item where id = ?
                        for update""")
                .param(id.value())
                .query((rs, n) -> new Held(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getBoolean(5))).single();
        if (!held.out()) throw new BusinessRuleViolated("status", "StockID " + held.stockNumber() + " is not out for service.");
        jdbc.sql("update item set out_for_service = false, updated_at = now() where id = ?").param(id.value()).update();
        if (serviceCost == null || serviceCost.signum() == 0 || held.owned().signum() <= 0) return;
        BigDecimal newCost = held.cost().add(serviceCost.divide(held.owned(), 4, RoundingMode.HALF_UP));
        jdbc.sql("update item set cost = ? where id = ?").params(newCost, id.value()).update();
        var store = new com.jeweltrak.platform.tenancy.StoreId(held.store());
        events.publishEvent(new ItemCostChanged(TenantContext.requireTenant(), id, Long.toString(held.stockNumber()), store,
                held.owned(), held.cost(), newCost, LocalDate.now(clock.withZone(stores.get(store).timeZone()))));
    }

    /** R1: diamonds, colored stones and pearls are the loose stones. */
    public static boolean isLooseStone(Family family) {
        return family == Family.DIAMOND || family == Family.COLORED_STONE || family == Family.PEARL;
    }
}
