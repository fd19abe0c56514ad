package com.jeweltrak.reports;

import java.util.Map;
import java.util.function.Function;

/**
 * Where a cell leads (§Using the Reports Module R3, C2): the document behind it in Quick Peek, another view of the same
 * report narrowed by pills, or a page.
 */
public sealed interface Drill {

    /**
     * Opens {@code /peek/{type}/{row's idColumn}} in the Quick Peek drawer; no link when the id is null. A type written
     * as {@code "@column"} is read from the row — an item's peek type is its family's (jewelry, watch, diamond…).
     */
    record Peek(String type, String idColumn) implements Drill {

        /** The peek's URL for this row, or null when the row has no such record. */
        public String urlFor(ReportRow row) {
            Object id = row.values().get(idColumn);
            String recordType = type.startsWith("@") ? (String) row.values().get(type.substring(1)) : type;
            return id == null || recordType == null ? null : "/peek/" + recordType + "/" + id;
        }
    }

    /**
     * The same report in view {@code view}, its current filters kept and these set: filter key → the row column whose
     * value it takes, or a literal written as {@code "=value"} (e.g. {@code "bucket" → "=31-60"}).
     */
    record ToView(String view, Map<String, String> filters) implements Drill {

        /** The value a filter takes from this row. */
        public String valueFor(String filter, ReportRow row) {
            String source = filters.get(filter);
            if (source.startsWith("=")) return source.substring(1);
            Object v = row.get(source);
            return v == null ? null : v.toString();
        }
    }

    /** A plain link, e.g. the item's own page; null for no link. */
    record Link(Function<ReportRow, String> href) implements Drill {
    }

    static Drill peek(String type, String idColumn) {
        return new Peek(type, idColumn);
    }

    static Drill toView(String view, Map<String, String> filters) {
        return new ToView(view, Map.copyOf(filters));
    }

    static Drill link(Function<ReportRow, String> href) {
        return new Link(href);
    }
}
