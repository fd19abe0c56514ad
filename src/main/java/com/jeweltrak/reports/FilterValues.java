package com.jeweltrak.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report's filters after checking: {@code typed} is what the URL carried (kept to show again and to build links, so an
 * export or a drill-down gets exactly this filter set, §2 R5), {@code parameters} are the SQL's named parameters with
 * defaults applied, {@code :stores} restricted to the stores the person may access, and {@code :today} set.
 */
public record FilterValues(Map<String, String> typed, Map<String, Object> parameters) {

    public FilterValues {
        typed = Collections.unmodifiableMap(new LinkedHashMap<>(typed));
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public LocalDate from() {
        return (LocalDate) parameters.get("from");
    }

    public LocalDate to() {
        return (LocalDate) parameters.get("to");
    }

    public LocalDate today() {
        return (LocalDate) parameters.get("today");
    }

    public LocalDate date(String key) {
        return (LocalDate) parameters.get(key);
    }

    public String text(String key) {
        return (String) parameters.get(key);
    }

    public Long id(String key) {
        return (Long) parameters.get(key);
    }

    public BigDecimal number(String key) {
        return (BigDecimal) parameters.get(key);
    }

    @SuppressWarnings("unchecked")
    public List<Long> stores() {
        return (List<Long>) parameters.get("stores");
    }

    /** Whether the URL set this filter (a pill shows only then). */
    public boolean isSet(String key) {
        String v = typed.get(key);
        return v != null && !v.isBlank();
    }

    public FilterValues with(Map<String, Object> more) {
        Map<String, Object> all = new LinkedHashMap<>(parameters);
        all.putAll(more);
        return new FilterValues(typed, all);
    }
}
