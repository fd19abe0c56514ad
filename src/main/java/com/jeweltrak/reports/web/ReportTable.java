package com.jeweltrak.reports.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jeweltrak.reports.ColumnKind;
import com.jeweltrak.reports.Drill;
import com.jeweltrak.reports.ReportColumn;
import com.jeweltrak.reports.ReportResult;
import com.jeweltrak.reports.ReportRow;

/**
 * A report's results as a table shows them (§2 R3): headers (sortable), rows of formatted cells with where each leads
 * (Quick Peek, another view narrowed by pills, a page), the footer from the totals and the breakdowns beneath. The page,
 * the print page and the PDF all show this one model.
 */
record ReportTable(List<Header> headers, List<Row> rows, List<Cell> footer, List<BreakdownLine> breakdowns) {

    record Header(String key, String label, boolean numeric, String sortUrl, String sorted) {
    }

    /** {@code peek}: a /peek/… URL for the drawer; {@code href}: a link (another view, a page). */
    record Cell(String text, boolean numeric, boolean badge, String cssClass, String peek, String href) {
    }

    record Row(String cssClass, List<Cell> cells) {
    }

    record BreakdownLine(String title, List<String> entries) {
        public String text() {
            return title + ": " + String.join(" · ", entries);
        }
    }

    public boolean empty() {
        return rows.isEmpty();
    }

    /** Headers, without sort links (print, PDF). */
    static List<Header> plainHeaders(List<ReportColumn> columns) {
        return columns.stream().map(c -> new Header(c.key(), c.label(), c.kind().numeric(), null, null)).toList();
    }

    static Row row(ReportRow row, List<ReportColumn> columns, String rowClass, ReportParams params, boolean links) {
        List<Cell> cells = new ArrayList<>(columns.size());
        for (ReportColumn column : columns) {
            Object value = row.values().get(column.key());
            String peek = null;
            String href = null;
            if (links && column.drill() != null) {
                switch (column.drill()) {
                    case Drill.Peek p -> peek = p.urlFor(row);
                    // a zero figure has no documents behind it: nothing to drill into (§15 R8, §16 R6)
                    case Drill.ToView v when isZero(value) -> { }
                    case Drill.ToView v -> {
                        ReportParams drilled = params.without("page", "sort").with("view", v.view());
                        for (String filter : v.filters().keySet()) drilled = drilled.with(filter, v.valueFor(filter, row));
                        href = drilled.url(params.report().pageUrl());
                    }
                    case Drill.Link l -> href = l.href().apply(row);
                }
            }
            cells.add(new Cell(column.formatIn(row), column.kind().numeric(), column.kind() == ColumnKind.BADGE,
                    column.tintOf(row), peek, href));
        }
        return new Row(rowClass, cells);
    }

    private static boolean isZero(Object value) {
        return value instanceof Number n && new java.math.BigDecimal(n.toString()).signum() == 0;
    }

    /** The footer's cells, or null when no column has a total. */
    static List<Cell> footer(Map<String, Object> totals, List<ReportColumn> columns) {
        if (columns.stream().noneMatch(c -> totals.containsKey(c.key()))) return null;
        List<Cell> cells = new ArrayList<>(columns.size());
        for (ReportColumn column : columns) {
            Object value = totals.get(column.key());
            cells.add(new Cell(footerText(column, value), column.kind().numeric(), false, null, null, null));
        }
        return cells;
    }

    static String footerText(ReportColumn column, Object value) {
        if (value instanceof String text) return text; // a label ("Total") or an aggregate the report wrote as text
        return column.format(value);
    }

    static List<BreakdownLine> breakdowns(List<ReportResult.BreakdownResult> results) {
        return results.stream().map(b -> new BreakdownLine(b.title(), b.entries().stream()
                .map(e -> (e.getKey() == null ? "—" : e.getKey()) + " " + b.kind().format(e.getValue())).toList())).toList();
    }
}
