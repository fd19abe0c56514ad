package com.jeweltrak.reports.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jeweltrak.reports.FilterKind;
import com.jeweltrak.reports.ReportDefinition;
import com.jeweltrak.reports.ReportFilter;

/**
 * What a report URL carries — its filters as typed, {@code view}, {@code sort}, {@code page}, {@code size} — and nothing
 * else, in a fixed order. Every link of the shell (sort, pager, pill ×, drill-down, exports, e-mail) is this with one
 * parameter changed, so a filtered report is bookmarkable and an export gets exactly the rows shown (§2 R5, R7).
 */
record ReportParams(ReportDefinition report, Map<String, String> values) {

    static final List<String> SHELL = List.of("view", "sort", "page", "size");

    ReportParams {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The report's own parameters from a request's, blanks dropped. */
    static ReportParams of(ReportDefinition report, Map<String, String> request) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : names(report)) {
            String value = request.get(name);
            if (value != null && !value.isBlank()) kept.put(name, value.trim());
        }
        return new ReportParams(report, kept);
    }

    /** Every URL parameter the report reads, in the filter bar's order, then the shell's. */
    static List<String> names(ReportDefinition report) {
        List<String> names = new ArrayList<>();
        for (ReportFilter filter : report.filters()) {
            if (filter.kind() == FilterKind.PERIOD) {
                names.add("from");
                names.add("to");
            } else {
                names.add(filter.key());
            }
        }
        names.addAll(SHELL);
        return names;
    }

    String get(String name) {
        return values.get(name);
    }

    /** The filters alone, as {@code ReadingReportFilters.read} takes them. */
    Map<String, String> filters() {
        Map<String, String> filters = new LinkedHashMap<>(values);
        SHELL.forEach(filters::remove);
        return filters;
    }

    ReportParams with(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>();
        for (String n : names(report)) {
            String v = n.equals(name) ? value : values.get(n);
            if (v != null && !v.isBlank()) changed.put(n, v);
        }
        return new ReportParams(report, changed);
    }

    ReportParams without(String... names) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        for (String name : names) changed.remove(name);
        return new ReportParams(report, changed);
    }

    String url(String path) {
        String query = query();
        return query.isEmpty() ? path : path + "?" + query;
    }

    String query() {
        StringBuilder query = new StringBuilder();
        values.forEach((name, value) -> {
            if (!query.isEmpty()) query.append('&');
            query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return query.toString();
    }
}
