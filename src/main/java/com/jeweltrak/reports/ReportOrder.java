package com.jeweltrak.reports;

import java.util.Map;

/**
 * The order a report view's rows come in: a column the view declares sortable, ascending or descending, or the view's
 * default. Read from the {@code sort} parameter as {@code column,asc} / {@code column,desc}.
 */
public record ReportOrder(String column, boolean ascending) {

    public static final ReportOrder DEFAULT = new ReportOrder(null, true);

    /** The asked sort, checked against the view; anything else is refused beside the sort, never ignored. */
    public static ReportOrder parse(String sort, ReportView view) {
        if (sort == null || sort.isBlank()) return DEFAULT;
        String[] parts = sort.split(",", -1);
        String direction = parts.length == 2 ? parts[1].trim().toLowerCase() : "asc";
        boolean known = parts.length <= 2 && view.column(parts[0].trim()).filter(ReportColumn::sortable).isPresent();
        if (!known || !(direction.equals("asc") || direction.equals("desc"))) {
            throw new InvalidReportFilters(Map.of("sort", "Sort by one of the report's columns, as column,asc or column,desc."));
        }
        return new ReportOrder(parts[0].trim(), direction.equals("asc"));
    }

    public boolean isDefault() {
        return column == null;
    }

    /** The SQL order; the view's id column breaks ties so paging is stable. */
    String sql(ReportView view) {
        String tieBreak = "r." + view.idColumn();
        if (column == null) return view.defaultOrder() + ", " + tieBreak;
        String direction = ascending ? " asc nulls first" : " desc nulls last";
        return "r." + column + direction + ", " + tieBreak + (ascending ? " asc" : " desc");
    }

    public String param() {
        return column == null ? null : column + "," + (ascending ? "asc" : "desc");
    }
}
