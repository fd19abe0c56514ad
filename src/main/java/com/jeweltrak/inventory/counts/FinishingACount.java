package com.jeweltrak.inventory.counts;

import java.math.BigDecimal;
import java.util.List;

import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.MovementKind;
import com.jeweltrak.inventory.StockLedger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finishing a count (R4, R9): each snapshot line whose counted quantity differs from the expected one becomes a
 * COUNT movement of counted − expected, "Count #N", with the count as its document — all in one transaction.
 * A line whose item moved after the snapshot (a sale during the count) gets no movement: its expected quantity
 * is no longer what the shelf should hold, so it is listed for review instead (R9 "moved during count").
 */
@Service
public class FinishingACount {

    /** One difference and what finishing does with it. */
    public record Adjustment(CountSheet.Line line, boolean written) {
        public BigDecimal difference() {
            return line.difference();
        }
    }

    private final JdbcClient jdbc;
    private final InventoryCounts counts;
    private final StockLedger ledger;

    FinishingACount(JdbcClient jdbc, InventoryCounts counts, StockLedger ledger) {
        this.jdbc = jdbc;
        this.counts = counts;
        this.ledger = ledger;
    }

    /** What finishing would write now (the confirm step). */
    @Transactional(readOnly = true)
    public List<Adjustment> plan(long countId) {
        CountSheet sheet = counts.sheet(countId);
        return java.util.stream.Stream.concat(sheet.found().stream(), sheet.missing().stream())
                .filter(l -> l.difference().signum() != 0)
                .map(l -> new Adjustment(l, !l.movedDuringCount()))
                .toList();
    }

    @Transactional
    public List<Adjustment> finish(long countId) {
        InventoryCount count = counts.get(countId);
        String status = jdbc.sql("select status from inventory_count where id = ? for update").param(countId)
                .query(String.class).single();
        if (!InventoryCount.Status.OPEN.name().equals(status)) throw new CountIsClosed(count.title(), status);
        List<Adjustment> adjustments = plan(countId);
        for (Adjustment a : adjustments) {
            if (!a.written()) continue;
            CountSheet.Line line = a.line();
            // none left of a loose stone: its carats go too; otherwise the weight stays for a re-weigh (an adjustment)
            BigDecimal carats = line.counted().signum() == 0 && line.expectedCarats() != null
                    ? line.expectedCarats().negate() : null;
            ledger.record(new ItemId(line.itemId()), new StockLedger.Movement(MovementKind.COUNT, line.difference(), null,
                    carats, count.title(), "inventory_count", countId));
        }
        jdbc.sql("update inventory_count set status = 'FINISHED', closed_at = now() where id = ?").param(countId).update();
        return adjustments;
    }
}
