package com.jeweltrak.inventory.counts;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a count shows: the snapshot lines, found (counted at least one) or missing (none counted), and the
 * scans of StockIDs the snapshot does not hold, each with the reason it was not expected (R4, R6, R8).
 */
public record CountSheet(InventoryCount count, List<Line> found, List<Line> missing, List<Unexpected> unexpected) {

    /** One expected item: what the snapshot froze, how many were counted, whether it moved since (R9). */
    public record Line(long itemId, String stockId, String category, String description, BigDecimal expected,
                       BigDecimal expectedCarats, BigDecimal counted, BigDecimal cost, BigDecimal retail,
                       boolean movedDuringCount) {
        public BigDecimal difference() {
            return counted.subtract(expected);
        }
    }

    /** A StockID scanned that the snapshot does not hold, with why. */
    public record Unexpected(String stockId, Long itemId, String description, BigDecimal counted, String reason) {
    }

    public int expectedCount() {
        return found.size() + missing.size();
    }
}
