package com.jeweltrak.reports;

/** SQL pieces every report writes the same way, so a name or a paid figure reads alike in every report. */
public final class ReportSql {

    private ReportSql() {
    }

    /** A contact's display name from alias {@code c}: "First Last", else the company. */
    public static final String CONTACT_NAME = "coalesce(nullif(trim(concat_ws(' ', c.first_name, c.last_name)), ''), c.company, '')";

    /** A user's display name from alias {@code u}. */
    public static final String USER_NAME = "nullif(trim(concat_ws(' ', u.first_name, u.last_name)), '')";

    /**
     * What has been paid on invoice {@code i}, all time (§4 R3): its tenders and the payments on account applied to it,
     * neither voided nor moved to credit on account. Use as {@code left join lateral (PAID) paid on true}.
     */
    public static final String PAID = com.jeweltrak.sales.InvoiceBalanceSql.PAID;

    /** The standing (not reversed) write-off of invoice {@code i}. Use as {@code left join lateral (WRITTEN_OFF) wo on true}. */
    public static final String WRITTEN_OFF = com.jeweltrak.sales.InvoiceBalanceSql.WRITTEN_OFF;

    /** The Quick Peek type of an item's family (J/W/D/C/P) held in {@code familyColumn}: peek an item with {@code "@column"}. */
    public static String itemPeekType(String familyColumn) {
        return "case " + familyColumn + " when 'J' then 'jewelry' when 'W' then 'watch' when 'D' then 'diamond'"
                + " when 'C' then 'colored-stone' when 'P' then 'pearl' end";
    }
}
