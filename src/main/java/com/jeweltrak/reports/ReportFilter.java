package com.jeweltrak.reports;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One filter of a report's filter bar (§Using the Reports Module R3). A {@code pill} filter is not an input of the bar:
 * it is set by a drill-down and shown as a removable pill (C2).
 *
 * @param defaultValue the value used when the URL has none (a CHOICE's option value; for a DATE "today"), or null
 * @param optionsSql   for a CHOICE whose options come from the data (shapes in stock): SQL returning value, label;
 *                     it may use {@code :stores}
 * @param maxDays      for a PERIOD, the longest range the report allows, or 0 for no limit
 */
public record ReportFilter(String key, String label, FilterKind kind, boolean pill, String defaultValue,
                           DateDefault dateDefault, List<Option> options, String optionsSql, int maxDays) {

    public record Option(String value, String label) {
    }

    public ReportFilter {
        Objects.requireNonNull(kind, "kind");
        options = options == null ? List.of() : List.copyOf(options);
        if (kind == FilterKind.PERIOD) key = "period";
        if (kind == FilterKind.STORE) key = "store";
        if (key == null || !key.matches("[a-z][A-Za-z0-9]*")) throw new IllegalArgumentException("Bad filter key " + key);
    }

    /** From / To on the report's date, defaulting as given, at most {@code maxDays} long (0: no limit). */
    public static ReportFilter period(String label, DateDefault dateDefault, int maxDays) {
        return new ReportFilter("period", label, FilterKind.PERIOD, false, null, dateDefault, null, null, maxDays);
    }

    /** The As-Of date, today unless chosen. */
    public static ReportFilter asOf() {
        return new ReportFilter("asOf", "As of", FilterKind.DATE, false, "today", null, null, null, 0);
    }

    public static ReportFilter date(String key, String label) {
        return new ReportFilter(key, label, FilterKind.DATE, false, null, null, null, null, 0);
    }

    public static ReportFilter store() {
        return new ReportFilter("store", "Store", FilterKind.STORE, false, null, null, null, null, 0);
    }

    /** A choice of fixed options; {@code defaultValue} null means "any" (the filter binds null). */
    public static ReportFilter choice(String key, String label, String defaultValue, Option... options) {
        return new ReportFilter(key, label, FilterKind.CHOICE, false, defaultValue, null, List.of(options), null, 0);
    }

    /** A choice whose options are read from the data (SQL: value, label), "any" by default. */
    public static ReportFilter choiceFrom(String key, String label, String optionsSql) {
        return new ReportFilter(key, label, FilterKind.CHOICE, false, null, null, null, optionsSql, 0);
    }

    public static ReportFilter contact(String key, String label) {
        return new ReportFilter(key, label, FilterKind.CONTACT, false, null, null, null, null, 0);
    }

    public static ReportFilter user(String key, String label) {
        return new ReportFilter(key, label, FilterKind.USER, false, null, null, null, null, 0);
    }

    public static ReportFilter number(String key, String label, String defaultValue) {
        return new ReportFilter(key, label, FilterKind.NUMBER, false, defaultValue, null, null, null, 0);
    }

    public static ReportFilter text(String key, String label) {
        return new ReportFilter(key, label, FilterKind.TEXT, false, null, null, null, null, 0);
    }

    public static Option option(String value, String label) {
        return new Option(value, label);
    }

    /** Set by drill-down only, shown as a removable pill (C2). */
    public ReportFilter asPill() {
        return new ReportFilter(key, label, kind, true, defaultValue, dateDefault, options, optionsSql, maxDays);
    }

    public Optional<Option> option(String value) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst();
    }
}
