package com.jeweltrak.inventory;

import java.math.BigDecimal;
import java.util.List;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Utilities → Quantity Reconciliation (11-utilities): every item's stored In Stock, On Memo and (stones) Carats
 * against the sums of its stock movements — Expected = Σ movements (R2–R4) — computed for all items in one
 * query. The fix rewrites the cache to the expected values and writes no movement (R7); the item update is
 * audited by the table's trigger. A negative expected value means the history itself is wrong: refused.
 */
@Service
@Transactional(readOnly = true)
public class QuantityReconciliation {

    /** One item whose stored values disagree with its movements (R5); expected carats null for non-stones. */
    public record Mismatch(ItemId item, String stockId, Family family, String description,
                           BigDecimal storedInStock, BigDecimal expectedInStock,
                           BigDecimal storedOnMemo, BigDecimal expectedOnMemo,
                           BigDecimal storedCarats, BigDecimal expectedCarats) {

        public BigDecimal inStockDifference() {
            return expectedInStock.subtract(storedInStock);
        }

        public BigDecimal onMemoDifference() {
            return expectedOnMemo.subtract(storedOnMemo);
        }

        public BigDecimal caratsDifference() {
            return storedCarats == null || expectedCarats == null ? null : expectedCarats.subtract(storedCarats);
        }

        /** R7: a negative expected value cannot be written; the history needs a manual adjustment. */
        public boolean fixable() {
            return expectedInStock.signum() >= 0 && expectedOnMemo.signum() >= 0
                    && (expectedCarats == null || expectedCarats.signum() >= 0);
        }
    }

    /** What a fix did: the items set to their expected values, and those refused for a negative expected value. */
    public record Fixed(List<String> fixedStockIds, List<String> refusedStockIds) {
    }

    /** Stored vs Σ movements for every item; carats only where the item carries them (stones, R3). */
    private static final String EXPECTED = """
            select i.id, i.stock_number, i.family, coalesce(i.description, i.category) as description,
                   i.in_stock, coalesce(m.in_stock, 0) as expected_in_stock,
                   i.on_memo, coalesce(m.on_memo, 0) as expected_on_memo,
                   i.carats, case when i.carats is null then null else coalesce(m.carats, 0) end as expected_carats
            from item i
            left join (select tenant_id, item_id, sum(in_stock_delta) as in_stock, sum(on_memo_delta) as on_memo,
                              sum(carats_delta) as carats
                       from stock_movement group by tenant_id, item_id) m
                   on m.tenant_id = i.tenant_id and m.item_id = i.id""";

    private static final String MISMATCHED = """
            (e.in_stock <> e.expected_in_stock or e.on_memo <> e.expected_on_memo
             or e.carats is distinct from e.expected_carats)""";

    private final JdbcClient jdbc;
    private final Items items;

    QuantityReconciliation(JdbcClient jdbc, Items items) {
        this.jdbc = jdbc;
        this.items = items;
    }

    /** R5: only the items whose stored values differ, by StockID. */
    public Paged<Mismatch> run(int page, int size) {
        // The mismatches are worked out once, whole (a hash join of items and their movement sums), then counted and
        // paged: asked for "the first 50 by StockID", PostgreSQL would otherwise walk the items in order and rescan
        // every item's sums for each one — hoping to stop early, which it never can when nothing is mismatched. Over
        // the 200k-item benchmark tenant that took past the 30 s statement timeout; this way ≈ 3 s.
        List<Mismatch> rows = new java.util.ArrayList<>();
        long[] total = {0};
        jdbc.sql("with e as materialized (" + EXPECTED + "), m as (select * from e where " + MISMATCHED + ") "
                        + "select m.*, (select count(*) from m) as matching from m order by m.stock_number limit :limit offset :offset")
                .param("limit", size).param("offset", (long) page * size)
                .query(rs -> {
                    total[0] = rs.getLong("matching");
                    rows.add(new Mismatch(new ItemId(rs.getLong("id")), Long.toString(rs.getLong("stock_number")),
                            Family.ofCode(rs.getString("family").charAt(0)), rs.getString("description"),
                            rs.getBigDecimal("in_stock"), rs.getBigDecimal("expected_in_stock"),
                            rs.getBigDecimal("on_memo"), rs.getBigDecimal("expected_on_memo"),
                            rs.getBigDecimal("carats"), rs.getBigDecimal("expected_carats")));
                });
        if (rows.isEmpty() && page > 0) {
            total[0] = jdbc.sql("with e as materialized (" + EXPECTED + ") select count(*) from e where " + MISMATCHED)
                    .query(Long.class).single();
        }
        return new Paged<>(rows, page, size, total[0]);
    }

    /** R7 for the items named: refused as a whole when one of them has a negative expected value. */
    @Transactional
    public Fixed fix(List<ItemId> ids) {
        if (ids == null || ids.isEmpty()) throw new BusinessRuleViolated("itemIds", "Choose the items to fix.");
        Long[] values = ids.stream().map(ItemId::value).distinct().toArray(Long[]::new);
        List<String> negative = jdbc.sql("with e as (" + EXPECTED + ") select e.stock_number from e where e.id = any(:ids) and "
                        + MISMATCHED + " and (e.expected_in_stock < 0 or e.expected_on_memo < 0 or e.expected_carats < 0)"
                        + " order by e.stock_number")
                .param("ids", values).query(Long.class).list().stream().map(String::valueOf).toList();
        if (!negative.isEmpty()) {
            throw new BusinessRuleViolated("itemIds", "StockID " + String.join(", ", negative) + ": the movements add up to "
                    + "less than zero, so the history itself is wrong. Correct it with a quantity adjustment instead.");
        }
        return new Fixed(write("e.id = any(:ids)", values), List.of());
    }

    /** R7 "Fix all": every mismatch that can be fixed; those with a negative expected value are left and named. */
    @Transactional
    public Fixed fixAll() {
        List<String> refused = jdbc.sql("with e as (" + EXPECTED + ") select e.stock_number from e where " + MISMATCHED
                        + " and (e.expected_in_stock < 0 or e.expected_on_memo < 0 or e.expected_carats < 0)"
                        + " order by e.stock_number")
                .query(Long.class).list().stream().map(String::valueOf).toList();
        return new Fixed(write("true", null), refused);
    }

    /** One update over all the chosen mismatching items, setting the cache to Σ movements; no movement written. */
    private List<String> write(String which, Long[] ids) {
        var statement = jdbc.sql("""
                with e as (%s)
                update item i set in_stock = e.expected_in_stock, on_memo = e.expected_on_memo, carats = e.expected_carats,
                       updated_at = now()
                from e
                where e.id = i.id and %s and %s
                  and e.expected_in_stock >= 0 and e.expected_on_memo >= 0 and coalesce(e.expected_carats, 0) >= 0
                returning i.id, i.stock_number""".formatted(EXPECTED, which, MISMATCHED));
        if (ids != null) statement = statement.param("ids", ids);
        record Row(long id, long stockNumber) {
        }
        List<Row> rows = statement.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2))).list();
        rows.forEach(row -> items.reindex(new ItemId(row.id()))); // the search entry says whether it is in stock
        return rows.stream().sorted(java.util.Comparator.comparingLong(Row::stockNumber))
                .map(row -> Long.toString(row.stockNumber())).toList();
    }
}
