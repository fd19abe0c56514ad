package com.jeweltrak.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;

/** One row of a report as its SQL returned it: column alias → value. */
public record ReportRow(Map<String, Object> values) {

    public ReportRow {
        values = Collections.unmodifiableMap(values);
    }

    public Object get(String column) {
        if (!values.containsKey(column)) throw new IllegalArgumentException("No column " + column + " in " + values.keySet());
        return values.get(column);
    }

    public String text(String column) {
        Object v = get(column);
        return v == null ? null : v.toString();
    }

    public BigDecimal decimal(String column) {
        Object v = get(column);
        return v == null ? null : ColumnKind.decimal(v);
    }

    public Long id(String column) {
        Object v = get(column);
        return v == null ? null : ((Number) v).longValue();
    }

    public LocalDate date(String column) {
        Object v = get(column);
        if (v == null) return null;
        if (v instanceof java.sql.Date d) return d.toLocalDate();
        if (v instanceof LocalDate d) return d;
        return LocalDate.parse(v.toString());
    }

    public boolean flag(String column) {
        return Boolean.TRUE.equals(get(column));
    }
}
