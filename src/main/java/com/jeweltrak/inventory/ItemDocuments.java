package com.jeweltrak.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Another module's documents that hold an item — invoices, memos, repairs — for the item page's "Sold to / documents"
 * card (09-reports §Who Did I Sell This To? R1–R4): who the item went to, on which document. Modules that own such
 * documents declare one as a bean; the item page lists them all, newest first. Inventory knows none of them.
 */
public interface ItemDocuments {

    /** Newest first, at most {@code limit}; only what the person looking may see (an empty list otherwise). */
    List<Line> holding(ItemId item, int limit);

    /**
     * One document as the card shows it. {@code party} is the customer (or "Walk-in"); {@code status} "Voided" flags
     * a document that no longer counts (R4); {@code peek} the Quick Peek URL (R2), may be null.
     */
    record Line(LocalDate date, String kind, String number, String party, BigDecimal amount, String status, String url,
                String peek) {
    }
}
