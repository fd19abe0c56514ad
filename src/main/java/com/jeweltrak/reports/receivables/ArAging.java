package com.jeweltrak.reports.receivables;

import java.util.Map;

import com.jeweltrak.reports.AgingBuckets;
import com.jeweltrak.reports.ColumnKind;
import com.jeweltrak.reports.Drill;
import com.jeweltrak.reports.ReportCategory;
import com.jeweltrak.reports.ReportColumn;
import com.jeweltrak.reports.ReportDefinition;
import com.jeweltrak.reports.ReportFilter;
import com.jeweltrak.reports.ReportRow;
import com.jeweltrak.reports.ReportSql;
import com.jeweltrak.reports.ReportView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 09-reports §15 AR Aging: what customers owe on their finalized invoices as of a date, aged from the invoice date
 * (decision 4: 0–30, 31–60, 61–90, 91+, inclusive — day 30 is Current, 31 is 31–60, 90 is 61–90, 91 is 91+), plus their
 * unapplied credit on account (not aged, R7), so each customer's Total is their 08 AR balance and the grand Total is
 * the AR control = the Dashboard's AR balance = accounting.Receivables#total.
 * <p>
 * Balance Due (R2–R6) = invoice total − payments dated on or before As-Of − a write-off dated on or before As-Of and
 * not reversed by then; finalized invoices dated on or before As-Of only; zero balances drop out.
 * <b>Decision (spec open question "voided after As-Of"):</b> a payment voided, or moved to credit on account, AFTER
 * As-Of still counts as paid on As-Of (and a receipt voided after As-Of is still credit then), so a past As-Of
 * reproduces that day's AR exactly as the customer statement does (accounting.Receivables#openInvoicesOn: a void is
 * posted on its own date, 08 §Voiding Payments R4). An invoice voided after As-Of is left out all the same: R4 excludes
 * voided invoices outright, and a voided invoice's AR posting is gone from the books too (likewise an invoice reopened
 * after As-Of, decision 2).
 * <p>
 * Speed (issue 11 point 5, 100k open invoices ≤ 300 ms): when As-Of is today the balances are not recomputed — each
 * finalized invoice keeps its current AR balance ({@code invoice.ar_balance}, kept by sales in the transaction that
 * changes it) and the partial index invoice_ar_open holds exactly the invoices that owe; {@code :live} picks that path
 * (a one-time filter, so the other branch never runs). A past As-Of rebuilds each balance from the payments and
 * write-offs (two indexed laterals per finalized invoice dated by then): linear in the tenant's finalized invoices up
 * to As-Of, not only the open ones — slower, by design an occasional question.
 */
@Configuration(proxyBeanMethods = false)
class ArAging {

    /** A payment row that paid its invoice on As-Of (the statement's rule, accounting.Receivables). Alias p, store s. */
    private static final String APPLYING_ON_AS_OF = """
            p.payment_date <= :asOf
            and (p.voided_at is null or cast(p.voided_at at time zone s.time_zone as date) > :asOf)
            and (p.moved_to_credit_at is null or cast(p.moved_to_credit_at at time zone s.time_zone as date) > :asOf)""";

    /** Narrowing by store and the Customer pill. Alias i. */
    private static final String WHERE = """
            i.status = 'FINALIZED' and i.customer_id is not null and i.store_id in (:stores)
            and (cast(:customer as bigint) is null or i.customer_id = :customer)""";

    /**
     * The invoices that owe something on As-Of: id, number, invoice_date, customer_id, store_id, invoice_total,
     * write_off, balance, days_out, bucket. Today: the kept balance; otherwise rebuilt as of As-Of.
     */
    static final String OPEN_INVOICES = """
            select o.*, cast(:asOf as date) - o.invoice_date as days_out,
                   %3$s as bucket_key, %4$s as bucket
            from (
                select i.id, i.number, i.invoice_date, i.customer_id, i.store_id, i.ar_total as invoice_total,
                       coalesce((select sum(w.amount) from invoice_write_off w
                                 where w.tenant_id = i.tenant_id and w.invoice_id = i.id and w.reversed_at is null), 0)
                           as write_off,
                       i.ar_balance as balance
                from invoice i
                where cast(:live as boolean) and i.ar_balance <> 0 and %1$s
                union all
                select b.* from (
                    select i.id, i.number, i.invoice_date, i.customer_id, i.store_id, i.ar_total as invoice_total,
                           wo.amount as write_off, i.ar_total - paid.amount - wo.amount as balance
                    from invoice i
                    join store s on s.tenant_id = i.tenant_id and s.id = i.store_id
                    cross join lateral (select coalesce(sum(p.amount), 0) as amount from invoice_payment p
                                        where p.tenant_id = i.tenant_id and p.invoice_id = i.id and %2$s) paid
                    cross join lateral (select coalesce(sum(w.amount), 0) as amount from invoice_write_off w
                                        where w.tenant_id = i.tenant_id and w.invoice_id = i.id
                                          and w.write_off_date <= :asOf
                                          and (w.reversal_date is null or w.reversal_date > :asOf)) wo
                    where not cast(:live as boolean) and i.invoice_date <= :asOf and %1$s) b
                where b.balance <> 0
            ) o
            """.formatted(WHERE, APPLYING_ON_AS_OF, AgingBuckets.keySql("(cast(:asOf as date) - o.invoice_date)"),
            AgingBuckets.labelSql("(cast(:asOf as date) - o.invoice_date)"));

    /**
     * Each customer's credit on account on As-Of (the lead's one definition, sales.CustomerPayments#creditOnAccount,
     * dated as accounting.Receivables#creditOnAccountOn does): Σ over receipts dated by then and not voided by then of
     * amount − its applications applying then. Alias cp; the receipt's store decides the Store filter.
     */
    static final String CREDIT = """
            select cp.customer_id, sum(cp.amount - coalesce((
                       select sum(p.amount) from invoice_payment p
                       join invoice ai on ai.tenant_id = p.tenant_id and ai.id = p.invoice_id
                       join store s on s.tenant_id = ai.tenant_id and s.id = ai.store_id
                       where p.tenant_id = cp.tenant_id and p.receipt_id = cp.id and %s), 0)) as credit
            from customer_payment cp
            where cp.payment_date <= :asOf and (cp.voided_at is null or cp.void_date > :asOf)
              and cp.store_id in (:stores) and (cast(:customer as bigint) is null or cp.customer_id = :customer)
            group by cp.customer_id
            """.formatted(APPLYING_ON_AS_OF);

    static final String SUMMARY = """
            with open_invoices as (%s),
            per_customer as (
                select customer_id,
                       sum(balance) filter (where bucket_key = '0-30') as b0,
                       sum(balance) filter (where bucket_key = '31-60') as b31,
                       sum(balance) filter (where bucket_key = '61-90') as b61,
                       sum(balance) filter (where bucket_key = '91-plus') as b91
                from open_invoices group by customer_id),
            credit as (%s)
            select c.id as customer_id, %s as customer,
                   k.b0 as current, k.b31 as d31_60, k.b61 as d61_90, k.b91 as d91_plus,
                   nullif(-coalesce(cr.credit, 0), 0) as unapplied_credit,
                   coalesce(k.b0, 0) + coalesce(k.b31, 0) + coalesce(k.b61, 0) + coalesce(k.b91, 0)
                       - coalesce(cr.credit, 0) as total
            from per_customer k
            full join credit cr on cr.customer_id = k.customer_id
            join contact c on c.id = coalesce(k.customer_id, cr.customer_id)
            where k.customer_id is not null or cr.credit <> 0
            """.formatted(OPEN_INVOICES, CREDIT, ReportSql.CONTACT_NAME);

    static final String DETAIL = """
            select o.id as invoice_id, o.number, o.invoice_date, o.customer_id, %s as customer, st.name as store,
                   o.days_out, o.bucket, o.bucket_key, o.invoice_total, o.invoice_total - o.balance - o.write_off as paid_to_date,
                   o.write_off, o.balance
            from (%s) o
            join contact c on c.id = o.customer_id
            join store st on st.id = o.store_id
            where (cast(:bucket as text) is null or o.bucket_key = :bucket)
            """.formatted(ReportSql.CONTACT_NAME, OPEN_INVOICES);

    @Bean
    ReportDefinition arAgingReport() {
        return ReportDefinition.builder("ar-aging", "AR Aging")
                .description("Open customer balances by age — Current, 31–60, 61–90, 91+ — and unapplied credit.")
                .category(ReportCategory.ACCOUNTING)
                .filter(ReportFilter.asOf())
                .filter(ReportFilter.store())
                .filter(ReportFilter.contact("customer", "Customer").asPill())
                .filter(AgingBuckets.pill())
                // today's balances are kept on the invoice; any other As-Of rebuilds them (the class comment)
                .derive(values -> Map.of("live", values.date("asOf").equals(values.today())))
                // one pass: page and footer read the customers' balances worked out once (issue 12 benchmark)
                .view(ReportView.builder("summary", "Summary").sql(SUMMARY).onePass()
                        .column(ReportColumn.text("customer", "Customer")
                                .drill(Drill.toView("detail", Map.of("customer", "customer_id"))).footerLabel("Total"))
                        .column(AgingBuckets.column("current", "Current", AgingBuckets.CURRENT))
                        .column(AgingBuckets.column("d31_60", "31–60", AgingBuckets.DAYS_31_60))
                        .column(AgingBuckets.column("d61_90", "61–90", AgingBuckets.DAYS_61_90))
                        .column(AgingBuckets.column("d91_plus", "91+", AgingBuckets.DAYS_91_PLUS))
                        .column(ReportColumn.money("unapplied_credit", "Unapplied credit"))
                        .column(ReportColumn.money("total", "Total"))
                        .defaultOrder("r.total desc")
                        .id("customer_id")
                        .build())
                .view(ReportView.builder("detail", "Detail").sql(DETAIL)
                        .column(ReportColumn.of("number", "Inv #", ColumnKind.TEXT).peek("invoice", "invoice_id")
                                .footerLabel("Total"))
                        .column(ReportColumn.date("invoice_date", "Date"))
                        .column(ReportColumn.text("customer", "Customer").peek("contact", "customer_id"))
                        .column(ReportColumn.text("store", "Store"))
                        .column(ReportColumn.count("days_out", "Days Out").totalledBy(null))
                        .column(ReportColumn.text("bucket", "Bucket").hiddenWhen("bucket"))
                        .column(ReportColumn.money("invoice_total", "Invoice Total"))
                        .column(ReportColumn.money("paid_to_date", "Paid"))
                        .column(ReportColumn.money("write_off", "Write-Off"))
                        .column(ReportColumn.money("balance", "Balance Due"))
                        .defaultOrder("r.invoice_date, r.number")
                        .id("invoice_id")
                        .build())
                .build();
    }

}
