package com.jeweltrak.reports;

import java.util.List;
import java.util.Map;

import com.jeweltrak.platform.Paged;

/**
 * One page of a report view with its footer. The footer covers every row the filters match, not just this page.
 *
 * @param totals     column key → the footer's value (only columns that have one)
 * @param breakdowns the view's subtotal groups, each label → value
 */
public record ReportResult(Paged<ReportRow> rows, Map<String, Object> totals, List<BreakdownResult> breakdowns) {

    public record BreakdownResult(String title, ColumnKind kind, List<Map.Entry<String, Object>> entries) {
    }
}
