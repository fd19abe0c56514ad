package com.jeweltrak.reports.memos;

import com.jeweltrak.reports.AgingBuckets;
import com.jeweltrak.reports.ReportSql;

/**
 * The one definition of what is still out on a memo line as of a date, shared by Memo Liability (§12) and Memo Aging
 * (§16), so the two never disagree.
 */
final class MemoSql {

    private MemoSql() {
    }

    /**
     * Units of memo line {@code ml} still out as of {@code :asOf} (§12 R4, §16 R1): its quantity less what came back on
     * return receipts dated on or before As-Of and less what went onto invoices (not voided) dated on or before As-Of.
     * A return or an invoicing dated after As-Of does not reduce it for that run. Reads through the indexes
     * memo_return_line_by_memo_line and invoice_line_by_memo_line. Use as {@code cross join lateral (QTY_REMAINING) q}.
     */
    static final String QTY_REMAINING = """
            select ml.quantity
                 - coalesce((select sum(rl.quantity) from memo_return_line rl
                             join memo_return mr on mr.tenant_id = rl.tenant_id and mr.id = rl.memo_return_id
                             where rl.tenant_id = ml.tenant_id and rl.memo_line_id = ml.id
                               and mr.return_date <= cast(:asOf as date)), 0)
                 - coalesce((select sum(il.quantity) from invoice_line il
                             join invoice iv on iv.tenant_id = il.tenant_id and iv.id = il.invoice_id
                             where il.tenant_id = ml.tenant_id and il.memo_line_id = ml.id and iv.status <> 'VOIDED'
                               and iv.invoice_date <= cast(:asOf as date)), 0) as remaining""";

    /**
     * The memo lines that can be open as of {@code :asOf}, found without reading every memo line ever written: returns
     * and invoicings only ever lower what is out, so a line open at As-Of is either still open today (the partial index
     * memo_line_open) or has a return receipt or a live invoicing dated after As-Of (memo_return_by_date,
     * invoice_line_by_memo_line). {@link #QTY_REMAINING} then decides.
     */
    static final String CANDIDATES = """
            select c.id from memo_line c where c.quantity > c.qty_returned + c.qty_invoiced
            union
            select rl.memo_line_id from memo_return mr
            join memo_return_line rl on rl.tenant_id = mr.tenant_id and rl.memo_return_id = mr.id
            where mr.return_date > cast(:asOf as date)
            union
            select il.memo_line_id from invoice_line il
            join invoice iv on iv.tenant_id = il.tenant_id and iv.id = il.invoice_id
            where il.memo_line_id is not null and iv.invoice_date > cast(:asOf as date) and iv.status <> 'VOIDED'""";

    /**
     * Every memo line open as of {@code :asOf} (remaining > 0) on a memo that is not voided, dated on or before As-Of, in
     * {@code :stores}: the memo, its customer, the item, the units still out, days out and bucket.
     */
    static final String OPEN_LINES = """
            select ml.id as line_id, m.id as memo_id, m.number as memo_number, m.memo_date, m.customer_id,
                   %s as customer, m.created_by, ml.item_id, it.stock_number, it.family,
                   ml.description, ml.unit_price, it.cost as unit_cost, q.remaining as qty_remaining,
                   (cast(:asOf as date) - m.memo_date) as days_out,
                   %s as bucket, %s as bucket_key
            from memo m
            join memo_line ml on ml.tenant_id = m.tenant_id and ml.memo_id = m.id
            join contact c on c.tenant_id = m.tenant_id and c.id = m.customer_id
            left join item it on it.tenant_id = ml.tenant_id and it.id = ml.item_id
            cross join lateral (%s) q
            where m.voided_at is null and m.memo_date <= cast(:asOf as date) and m.store_id in (:stores)
              and ml.id in (%s)
              and q.remaining > 0
            """.formatted(ReportSql.CONTACT_NAME, AgingBuckets.labelSql("(cast(:asOf as date) - m.memo_date)"),
            AgingBuckets.keySql("(cast(:asOf as date) - m.memo_date)"), QTY_REMAINING, CANDIDATES);

    static final String BUCKET_FILTER = "(cast(:bucket as text) is null or cast(:bucket as text) = 'all' or x.bucket_key = :bucket)";

    /** The item type of family code {@code family}. */
    static String familyName(String family) {
        return "case " + family + " when 'J' then 'Jewelry' when 'W' then 'Watch' when 'D' then 'Diamond'"
                + " when 'C' then 'Colored stone' when 'P' then 'Pearl' else 'Misc' end";
    }
}
