package com.jeweltrak.reports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Filters a report cannot run with — an inverted range, a range longer than the report allows, an unknown value: each
 * message belongs beside its filter in the filter bar (HTML) or in the Problem Details' {@code errors} (API, 400).
 */
public class InvalidReportFilters extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidReportFilters(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public static InvalidReportFilters of(String filter, String message) {
        return new InvalidReportFilters(Map.of(filter, message));
    }

    /** Filter key (or {@code from} / {@code to} for a period) → message. */
    public Map<String, String> errors() {
        return errors;
    }
}
