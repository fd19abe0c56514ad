package com.jeweltrak.platform.search;

import com.jeweltrak.platform.tenancy.StoreId;

/**
 * What the search knows about one record: the identifier matched exactly first (StockID, document
 * number, e-mail), the title and subtitle a result row shows, its status badge, and more text to match
 * on. A record of one store names it, so people restricted to other stores do not find it (Search R7).
 */
public record SearchEntry(String type, long id, StoreId store, String identifier, String title, String subtitle,
                          String status, String extraText) {

    public SearchEntry {
        if (type == null || type.isBlank()) throw new IllegalArgumentException("a search entry needs its record type");
        if (title == null || title.isBlank()) throw new IllegalArgumentException("a search entry needs a title");
    }
}
