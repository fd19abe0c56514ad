package com.jeweltrak.reports;

import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One column of a report view: the SQL alias it reads ({@code key}), its label and kind, and what the shell does with
 * it — the footer's aggregate, where a click leads, a tint, who may see it.
 *
 * @param total      the footer's SQL aggregate over the view's rows {@code r} (e.g. {@code sum(r.net)}), a label written
 *                   as {@code "'Total'"}, or null for an empty footer cell
 * @param tint       CSS class of a cell (a tinted bucket), or null
 * @param permission needed to see the column (CanViewCost for cost), or null
 * @param hiddenWhen the key of a filter whose being set hides the column (the Bucket column once drilled into a bucket)
 * @param kindColumn a row column naming this cell's {@link ColumnKind} where rows differ (Sales vs Prior: a count metric
 *                   beside money metrics), or null
 */
public record ReportColumn(String key, String label, ColumnKind kind, String total, Drill drill,
                           Function<ReportRow, String> tint, boolean sortable, String permission, String hiddenWhen,
                           String kindColumn) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");

    public ReportColumn {
        Objects.requireNonNull(kind, "kind");
        if (key == null || !KEY.matcher(key).matches()) throw new IllegalArgumentException("Bad column key: " + key);
    }

    public static ReportColumn of(String key, String label, ColumnKind kind) {
        return new ReportColumn(key, label, kind, null, null, null, true, null, null, null);
    }

    public static ReportColumn text(String key, String label) {
        return of(key, label, ColumnKind.TEXT);
    }

    public static ReportColumn date(String key, String label) {
        return of(key, label, ColumnKind.DATE);
    }

    /** A money column whose footer is its sum. */
    public static ReportColumn money(String key, String label) {
        return of(key, label, ColumnKind.MONEY).summed();
    }

    /** A count column whose footer is its sum. */
    public static ReportColumn count(String key, String label) {
        return of(key, label, ColumnKind.COUNT).summed();
    }

    public static ReportColumn quantity(String key, String label) {
        return of(key, label, ColumnKind.QUANTITY);
    }

    /** A percentage; give its footer with {@link #ratio} so it is computed from the sums (C10, §14 R5). */
    public static ReportColumn percent(String key, String label) {
        return of(key, label, ColumnKind.PERCENT);
    }

    public ReportColumn summed() {
        return totalledBy("sum(r." + key + ")");
    }

    /** Footer = 100 × Σ numerator ÷ Σ denominator, null ("—") when the denominator sums to 0. */
    public ReportColumn ratio(String numerator, String denominator) {
        return totalledBy("round(100 * sum(r." + numerator + ") / nullif(sum(r." + denominator + "), 0), 4)");
    }

    public ReportColumn totalledBy(String aggregateSql) {
        return new ReportColumn(key, label, kind, aggregateSql, drill, tint, sortable, permission, hiddenWhen, kindColumn);
    }

    /** The footer cell shows this word (the first column's "Total"). */
    public ReportColumn footerLabel(String text) {
        return totalledBy("'" + text.replace("'", "''") + "'");
    }

    public ReportColumn drill(Drill to) {
        return new ReportColumn(key, label, kind, total, to, tint, sortable, permission, hiddenWhen, kindColumn);
    }

    public ReportColumn peek(String type, String idColumn) {
        return drill(Drill.peek(type, idColumn));
    }

    public ReportColumn tint(Function<ReportRow, String> cssClass) {
        return new ReportColumn(key, label, kind, total, drill, cssClass, sortable, permission, hiddenWhen, kindColumn);
    }

    public ReportColumn unsortable() {
        return new ReportColumn(key, label, kind, total, drill, tint, false, permission, hiddenWhen, kindColumn);
    }

    public ReportColumn requires(String permissionName) {
        return new ReportColumn(key, label, kind, total, drill, tint, sortable, permissionName, hiddenWhen, kindColumn);
    }

    public ReportColumn hiddenWhen(String filterKey) {
        return new ReportColumn(key, label, kind, total, drill, tint, sortable, permission, filterKey, kindColumn);
    }

    /** Each row's cell formatted as the kind its {@code kindColumn} names (MONEY, COUNT…). */
    public ReportColumn kindFrom(String rowColumn) {
        return new ReportColumn(key, label, kind, total, drill, tint, sortable, permission, hiddenWhen, rowColumn);
    }

    /** What the cell of this row shows: its kind's format, a true flag of a badge column as the column's label. */
    public String formatIn(ReportRow row) {
        Object value = row.values().get(key);
        if (kind == ColumnKind.BADGE && value instanceof Boolean flag) return flag ? label : "";
        if (kindColumn != null && row.values().get(kindColumn) != null) {
            return ColumnKind.valueOf(row.values().get(kindColumn).toString()).format(value);
        }
        return kind.format(value);
    }

    public String tintOf(ReportRow row) {
        return tint == null ? null : tint.apply(row);
    }

    public String format(Object value) {
        return kind.format(value);
    }
}
