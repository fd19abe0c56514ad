package com.jeweltrak.reports;

/**
 * Decision 4's aging buckets, the one definition every aged report uses (AR Aging, Memo Aging, Memo Liability; C6):
 * 0–30, 31–60, 61–90, 91+ days, boundaries inclusive — day 30 is Current, 31 is 31–60, 90 is 61–90, 91 is 91+. A bucket
 * has a key (the Bucket pill's value in URLs) and a label (what a cell shows).
 */
public final class AgingBuckets {

    public static final String CURRENT = "0-30";
    public static final String DAYS_31_60 = "31-60";
    public static final String DAYS_61_90 = "61-90";
    public static final String DAYS_91_PLUS = "91-plus";

    private AgingBuckets() {
    }

    /** SQL: the bucket key of {@code days} (a whole number of days, As-Of − the document's date). */
    public static String keySql(String days) {
        return "case when " + days + " <= 30 then '0-30' when " + days + " <= 60 then '31-60' when " + days
                + " <= 90 then '61-90' else '91-plus' end";
    }

    /** SQL: the bucket as a cell shows it. */
    public static String labelSql(String days) {
        return "case when " + days + " <= 30 then '0–30' when " + days + " <= 60 then '31–60' when " + days
                + " <= 90 then '61–90' else '91+' end";
    }

    /** The Bucket pill (C2): set by a bucket cell's drill-down, removable. */
    public static ReportFilter pill() {
        return ReportFilter.choice("bucket", "Bucket", null, ReportFilter.option(CURRENT, "Current (0–30)"),
                ReportFilter.option(DAYS_31_60, "31–60"), ReportFilter.option(DAYS_61_90, "61–90"),
                ReportFilter.option(DAYS_91_PLUS, "91+")).asPill();
    }

    /**
     * A Summary's bucket amount per customer (§15 R7–R8, §16 R5–R6): summed in the footer, a figure drilling to that
     * customer's Detail in that bucket, tinted (C8) only where there is money in it. The row needs {@code customer_id}.
     */
    public static ReportColumn column(String key, String label, String bucket) {
        String tint = tint(bucket);
        ReportColumn column = ReportColumn.money(key, label)
                .drill(Drill.toView("detail", java.util.Map.of("customer", "customer_id", "bucket", "=" + bucket)));
        return tint == null ? column
                : column.tint(row -> row.get(key) == null || row.decimal(key).signum() == 0 ? null : tint);
    }

    /** C8: the oldest bucket red, the one before it amber. */
    public static String tint(String key) {
        if (DAYS_91_PLUS.equals(key)) return "table-danger";
        if (DAYS_61_90.equals(key)) return "table-warning";
        return null;
    }
}
