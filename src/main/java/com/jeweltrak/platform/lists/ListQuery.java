package com.jeweltrak.platform.lists;

import java.util.List;

/**
 * What a list source is asked for. {@code conditions} and {@code orderBy} are SQL taken only from a
 * {@link ListDefinition} (whitelisted), so a source may put them into its statement; the search text
 * is a bind parameter, never part of the SQL.
 */
public record ListQuery(String search, List<String> conditions, String orderBy, int page, int size) {

    public ListQuery {
        conditions = List.copyOf(conditions);
    }

    public static ListQuery of(String search, String orderBy, int page, int size) {
        return new ListQuery(search, List.of(), orderBy, page, size);
    }

    /** A LIKE pattern for the search text; LIKE's own wildcards in what was typed match themselves. */
    public String searchPattern() {
        String typed = search == null ? "" : search.trim().toLowerCase();
        return "%" + typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The filters' conditions joined, or {@code true} when none is set. */
    public String where() {
        return conditions.isEmpty() ? "true" : "(" + String.join(") and (", conditions) + ")";
    }

    public long offset() {
        return (long) page * size;
    }
}
