package com.jeweltrak.inventory.counts;

import java.math.BigDecimal;
import java.util.Optional;

import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A StockID scanned or typed into an open count (R3, R8). A one-of-a-kind item scanned twice counts once; an
 * item held in quantity counts the quantity of each scan (1 unless typed).
 */
@Service
public class ScanningIntoACount {

    /** What the scan did, as the scan box says it. */
    public record Outcome(String stockId, Kind kind, BigDecimal counted) {
        public enum Kind { FOUND, ALREADY_FOUND, UNEXPECTED }
    }

    private final JdbcClient jdbc;
    private final InventoryCounts counts;

    ScanningIntoACount(JdbcClient jdbc, InventoryCounts counts) {
        this.jdbc = jdbc;
        this.counts = counts;
    }

    @Transactional
    public Outcome scan(long countId, String stockId, BigDecimal quantity) {
        InventoryCount count = counts.get(countId);
        // the lock orders scans against finishing: no scan lands in a count being finished
        String status = jdbc.sql("select status from inventory_count where id = ? for update").param(countId)
                .query(String.class).single();
        if (!InventoryCount.Status.OPEN.name().equals(status)) {
            throw new CountIsClosed(count.title(), status);
        }
        String typed = stockId == null ? "" : stockId.trim();
        if (typed.isEmpty()) throw new BusinessRuleViolated("stockId", "Scan or type a StockID.");
        if (typed.length() > 40) throw new BusinessRuleViolated("stockId", "A StockID is at most 40 characters.");
        BigDecimal qty = quantity == null ? BigDecimal.ONE : quantity;
        if (qty.signum() <= 0) throw new BusinessRuleViolated("quantity", "Count at least 1.");
        Long itemId = typed.matches("\\d{1,18}") ? jdbc.sql("select id from item where stock_number = ?")
                .param(Long.parseLong(typed)).query(Long.class).optional().orElse(null) : null;
        Optional<BigDecimal> expected = itemId == null ? Optional.empty() : jdbc.sql(
                        "select expected_in_stock from inventory_count_line where count_id = ? and item_id = ?")
                .params(countId, itemId).query(BigDecimal.class).optional();
        BigDecimal already = jdbc.sql("select coalesce(sum(quantity), 0) from inventory_count_scan where count_id = ? and "
                        + (itemId == null ? "item_id is null and stock_id = ?" : "item_id = ?"))
                .params(countId, itemId == null ? typed : itemId).query(BigDecimal.class).single();
        boolean oneOfAKind = expected.map(e -> e.compareTo(BigDecimal.ONE) <= 0).orElse(true);
        if (already.signum() > 0 && oneOfAKind && quantity == null) {
            return new Outcome(typed, expected.isPresent() ? Outcome.Kind.ALREADY_FOUND : Outcome.Kind.UNEXPECTED, already);
        }
        jdbc.sql("insert into inventory_count_scan (tenant_id, count_id, stock_id, item_id, quantity) "
                        + "values (jt_current_tenant(), ?, ?, ?, ?)")
                .params(countId, typed, itemId, qty).update();
        return new Outcome(typed, expected.isPresent() ? Outcome.Kind.FOUND : Outcome.Kind.UNEXPECTED, already.add(qty));
    }
}
