package com.jeweltrak.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One view of a report — Summary, Detail, or the only one (C2): its SQL, its columns and its footer. The shell wraps the
 * SQL: {@code select * from (sql) r order by … limit … offset …} for a page, one aggregate statement over {@code r} for
 * the footer (and the row count), and streams it whole for an export. The SQL uses the filters' named parameters
 * ({@link FilterKind}) plus {@code :today}; its column aliases are the columns' keys.
 *
 * @param defaultOrder SQL over {@code r} used when no column is sorted, e.g. {@code r.net desc}
 * @param idColumn     the alias that identifies a row, the last tie-breaker so pages are stable
 * @param rowClass     CSS class of a whole row (a voided row struck through), or null
 * @param onePass      a view that groups many rows into few (GP per invoice): its rows are worked out once for both
 *                     the page and the footer; a view of many rows is cheaper read twice than held once
 */
public record ReportView(String key, String label, String sql, List<ReportColumn> columns, String defaultOrder,
                         String idColumn, List<Breakdown> breakdowns, Function<ReportRow, String> rowClass,
                         boolean onePass) {

    public ReportView {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(defaultOrder, "defaultOrder");
        Objects.requireNonNull(idColumn, "idColumn");
        columns = List.copyOf(columns);
        breakdowns = List.copyOf(breakdowns);
        if (key == null || !key.matches("[a-z][a-z-]*")) throw new IllegalArgumentException("Bad view key " + key);
        if (columns.stream().map(ReportColumn::key).distinct().count() != columns.size()) {
            throw new IllegalArgumentException(key + ": column keys must be unique");
        }
    }

    public static Builder builder(String key, String label) {
        return new Builder(key, label);
    }

    public Optional<ReportColumn> column(String columnKey) {
        return columns.stream().filter(c -> c.key().equals(columnKey)).findFirst();
    }

    public String rowClassOf(ReportRow row) {
        return rowClass == null ? null : rowClass.apply(row);
    }

    public static final class Builder {
        private final String key;
        private final String label;
        private String sql;
        private final List<ReportColumn> columns = new ArrayList<>();
        private String defaultOrder;
        private String idColumn;
        private final List<Breakdown> breakdowns = new ArrayList<>();
        private Function<ReportRow, String> rowClass;
        private boolean onePass;

        private Builder(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public Builder sql(String value) { this.sql = value; return this; }
        public Builder column(ReportColumn value) { this.columns.add(value); return this; }
        public Builder defaultOrder(String value) { this.defaultOrder = value; return this; }
        public Builder id(String column) { this.idColumn = column; return this; }
        public Builder breakdown(Breakdown value) { this.breakdowns.add(value); return this; }
        public Builder rowClass(Function<ReportRow, String> value) { this.rowClass = value; return this; }
        public Builder onePass() { this.onePass = true; return this; }

        public ReportView build() {
            return new ReportView(key, label, sql, columns, defaultOrder, idColumn, breakdowns, rowClass, onePass);
        }
    }
}
