package com.jeweltrak.inventory.bulk;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a bulk action did: the items it acted on and those it skipped, each with the reason and the quantity
 * available (04-inventory §Bulk Actions R6), for the result message and the API.
 */
public record BulkOutcome(List<String> done, List<Skipped> skipped) {

    public record Skipped(String stockId, String reason, BigDecimal available) {
        String text() {
            return "StockID " + stockId + " (" + reason
                    + (available == null ? "" : ", " + available.stripTrailingZeros().toPlainString() + " available") + ")";
        }
    }

    public BulkOutcome {
        done = List.copyOf(done);
        skipped = List.copyOf(skipped);
    }

    /** e.g. "3 items moved to Uptown. Skipped: StockID 1002 (on memo, 1 available)." */
    public String message(String didWhat) {
        String head = (done.size() == 1 ? "1 item " : done.size() + " items ") + didWhat + ".";
        if (skipped.isEmpty()) return head;
        return head + " Skipped: " + skipped.stream().map(Skipped::text).collect(Collectors.joining("; ")) + ".";
    }
}
