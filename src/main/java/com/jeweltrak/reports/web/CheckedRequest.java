package com.jeweltrak.reports.web;

import java.util.LinkedHashMap;
import java.util.Map;

import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.reports.FilterValues;
import com.jeweltrak.reports.InvalidReportFilters;
import com.jeweltrak.reports.ReadingReportFilters;
import com.jeweltrak.reports.ReportOrder;
import com.jeweltrak.reports.ReportView;

/**
 * A report request read and checked: the view, the filters (defaults applied), the order and the page — or, for what
 * cannot run, a message per field (filters, {@code view}, {@code sort}, {@code page}, {@code size}), every one of them
 * collected so the filter bar shows each beside its input (issue 11: bad input → a message, never an error page).
 */
record CheckedRequest(ReportParams params, ReportView view, FilterValues values, ReportOrder order, int page, int size,
                      Map<String, String> errors) {

    static final int DEFAULT_SIZE = 50;

    boolean valid() {
        return errors.isEmpty();
    }

    /** Throws the collected refusals (the API answers them as 400). */
    CheckedRequest orThrow() {
        if (!valid()) throw new InvalidReportFilters(errors);
        return this;
    }

    static CheckedRequest check(ReportParams params, CurrentUser user, ReadingReportFilters reading) {
        Map<String, String> errors = new LinkedHashMap<>();
        String viewKey = params.get("view");
        ReportView view = viewKey == null ? params.report().defaultView() : params.report().view(viewKey).orElse(null);
        if (view == null) {
            errors.put("view", "Choose one of the report's views: " + String.join(", ",
                    params.report().views().stream().map(ReportView::label).toList()) + ".");
            view = params.report().defaultView();
        }
        FilterValues values = null;
        try {
            values = reading.read(params.report(), params.filters(), user);
        } catch (InvalidReportFilters e) {
            errors.putAll(e.errors());
        }
        ReportOrder order = ReportOrder.DEFAULT;
        try {
            order = ReportOrder.parse(params.get("sort"), view);
        } catch (InvalidReportFilters e) {
            errors.putAll(e.errors());
        }
        int page = number(params.get("page"), 0, 0, Integer.MAX_VALUE, "page", "Page must be a whole number, 0 or more.", errors);
        int size = number(params.get("size"), DEFAULT_SIZE, 1, Paged.MAX_SIZE, "size",
                "Rows per page must be a whole number from 1 to " + Paged.MAX_SIZE + ".", errors);
        return new CheckedRequest(params, view, values, order, page, size, errors);
    }

    private static int number(String text, int fallback, int min, int max, String field, String message,
                              Map<String, String> errors) {
        if (text == null) return fallback;
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) return value;
        } catch (NumberFormatException e) {
            // said below
        }
        errors.put(field, message);
        return fallback;
    }
}
