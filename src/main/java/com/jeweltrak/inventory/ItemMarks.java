package com.jeweltrak.inventory;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Another module's small badges on items (e.g. partnerships' "P" for a partnership item), shown on every inventory
 * list row, the item page's header, the item's Quick Peek and invoice lines on the invoice page. Asked once for a whole
 * page of items — an implementation answers with one query, never one per item. Items without marks may be absent
 * from the map. Pages call it outside any transaction: an implementation that reads the database is
 * {@code @Transactional(readOnly = true)} (the tenant is set per transaction — without one, row-level security shows
 * no rows). It decides itself who sees its marks.
 */
public interface ItemMarks {

    Map<ItemId, List<Mark>> marksFor(Collection<ItemId> items);

    /** E.g. ("P", "Partnership item", "text-bg-info"): the letter shown, its tooltip, the badge's CSS class. */
    record Mark(String letter, String title, String cssClass) {
    }
}
