package com.jeweltrak.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.jeweltrak.platform.RecordNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way an item's quantities change (design §4): each change is a movement row written in the
 * caller's transaction — the one that writes the document causing it — and the item's stored quantities
 * move with it in one conditional update, so a quantity can never go below zero and a one-of-a-kind item
 * cannot be taken twice, however many take it at once (the second update finds nothing left).
 */
@Component
public class StockLedger {

    /** One change: how much In Stock, On Memo and (stones) carats move, why, and which document caused it. */
    public record Movement(MovementKind kind, BigDecimal inStock, BigDecimal onMemo, BigDecimal carats, String reason,
                           String documentType, Long documentId) {
        public Movement {
            inStock = inStock == null ? BigDecimal.ZERO : inStock;
            onMemo = onMemo == null ? BigDecimal.ZERO : onMemo;
            carats = carats == null ? BigDecimal.ZERO : carats;
            if (inStock.signum() == 0 && onMemo.signum() == 0 && carats.signum() == 0) {
                throw new IllegalArgumentException("A movement moves something");
            }
        }

        public static Movement of(MovementKind kind, BigDecimal inStock, BigDecimal carats, String reason) {
            return new Movement(kind, inStock, null, carats, reason, null, null);
        }
    }

    /** A movement as the item's history shows it. */
    public record Recorded(long id, MovementKind kind, BigDecimal inStock, BigDecimal onMemo, BigDecimal carats,
                           String reason, String documentType, Long documentId, Instant at, String by) {
    }

    /** The movements that take stock away; a stone out for service refuses them (03-services §11 R5). */
    private static final java.util.Set<MovementKind> TAKING_OUT = java.util.EnumSet.of(MovementKind.SALE,
            MovementKind.MEMO_OUT, MovementKind.CONSUME, MovementKind.VENDOR_RETURN, MovementKind.SCRAP, MovementKind.ADJUST);

    private final JdbcClient jdbc;
    private final Items items;
    private final com.jeweltrak.platform.tenancy.Stores stores;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final java.time.Clock clock;
    private final OutForService outForService;

    StockLedger(JdbcClient jdbc, Items items, com.jeweltrak.platform.tenancy.Stores stores,
                org.springframework.context.ApplicationEventPublisher events, java.time.Clock clock,
                OutForService outForService) {
        this.outForService = outForService;
        this.jdbc = jdbc;
        this.items = items;
        this.stores = stores;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(ItemId item, Movement movement) {
        // 03-services §11 R5: a stone out for service leaves stock by no document (sale, memo, combine, return, scrap)
        if (movement.inStock().signum() < 0 && TAKING_OUT.contains(movement.kind())) outForService.refuseIfOut(item, "stockId");
        int updated = jdbc.sql("""
                        update item set in_stock = in_stock + :in_stock, on_memo = on_memo + :on_memo,
                               carats = case when carats is null then null else carats + :carats end, updated_at = now()
                        where id = :id and in_stock + :in_stock >= 0 and on_memo + :on_memo >= 0
                          and (carats is null or carats + :carats >= 0)""")
                .param("in_stock", movement.inStock()).param("on_memo", movement.onMemo())
                .param("carats", movement.carats()).param("id", item.value()).update();
        if (updated == 0) throw refusal(item, movement);
        jdbc.sql("""
                        insert into stock_movement (tenant_id, item_id, kind, in_stock_delta, on_memo_delta, carats_delta,
                                                    reason, document_type, document_id, user_id)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, nullif(current_setting('app.user_id', true), '')::bigint)""")
                .params(item.value(), movement.kind().name(), movement.inStock(), movement.onMemo(), movement.carats(),
                        movement.reason(), movement.documentType(), movement.documentId())
                .update();
        // the search shows "In stock" / "None in stock": it follows every movement, in the same transaction
        items.reindex(item);
        if (movement.inStock().signum() != 0) published(item, movement);
    }

    /** The books value what came in or left stock (accounting's posting rules), in this same transaction. */
    private void published(ItemId item, Movement movement) {
        record Valued(long store, BigDecimal cost, long stockNumber) {
        }
        Valued valued = jdbc.sql("select store_id, cost, stock_number from item where id = ?").param(item.value())
                .query((rs, n) -> new Valued(rs.getLong(1), rs.getBigDecimal(2), rs.getLong(3))).single();
        var store = new com.jeweltrak.platform.tenancy.StoreId(valued.store());
        events.publishEvent(new StockMoved(com.jeweltrak.platform.tenancy.TenantContext.requireTenant(), item,
                Long.toString(valued.stockNumber()), store,
                movement.kind(), movement.inStock(), valued.cost(), movement.documentType(), movement.documentId(),
                java.time.LocalDate.now(clock.withZone(stores.get(store).timeZone()))));
    }

    /** The item's movements, oldest first: its whole quantity history. Read in a transaction of its own when the
     *  caller has none (a page), so the tenant is set and RLS shows the rows. */
    @Transactional(readOnly = true)
    public List<Recorded> history(ItemId item) {
        return jdbc.sql("""
                        select m.id, m.kind, m.in_stock_delta, m.on_memo_delta, m.carats_delta, m.reason, m.document_type,
                               m.document_id, m.occurred_at, trim(u.first_name || ' ' || u.last_name)
                        from stock_movement m left join app_user u on u.tenant_id = m.tenant_id and u.id = m.user_id
                        where m.item_id = ? order by m.id""")
                .param(item.value())
                .query((rs, n) -> new Recorded(rs.getLong(1), MovementKind.valueOf(rs.getString(2)), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getString(6), rs.getString(7),
                        (Long) rs.getObject(8), rs.getTimestamp(9).toInstant(), rs.getString(10)))
                .list();
    }

    private RuntimeException refusal(ItemId item, Movement movement) {
        record Held(long stockNumber, BigDecimal inStock, BigDecimal onMemo, BigDecimal carats) {
        }
        Held held = jdbc.sql("select stock_number, in_stock, on_memo, carats from item where id = ?").param(item.value())
                .query((rs, n) -> new Held(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)))
                .optional().orElseThrow(() -> new RecordNotFound("Item", item));
        String stockId = Long.toString(held.stockNumber());
        if (held.inStock().add(movement.inStock()).signum() < 0) return new NotEnoughStock(stockId, "in stock", held.inStock());
        if (held.onMemo().add(movement.onMemo()).signum() < 0) return new NotEnoughStock(stockId, "on memo", held.onMemo());
        return new NotEnoughStock(stockId, "carats", held.carats());
    }
}
