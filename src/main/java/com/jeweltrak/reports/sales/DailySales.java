package com.jeweltrak.reports.sales;

import java.util.Map;

import com.jeweltrak.reports.ColumnKind;
import com.jeweltrak.reports.DateDefault;
import com.jeweltrak.reports.Drill;
import com.jeweltrak.reports.ReportCategory;
import com.jeweltrak.reports.ReportColumn;
import com.jeweltrak.reports.ReportDefinition;
import com.jeweltrak.reports.ReportFilter;
import com.jeweltrak.reports.ReportSql;
import com.jeweltrak.reports.ReportView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 09-reports §19 Daily Sales Summary: one row per day of the window, days without activity as zeros (R1), what was
 * sold next to what was received.
 * <ul>
 * <li>Sales side (R2), by invoice date: Invoices = Finalized count; Voided = voided count, left out of every other
 * figure; Gross = Σ Subtotal (pre-tax, after discount); Discounts = Σ the lines' Adjustment (CashDiscount); Tax = Σ the
 * stored Tax; Freight; Total = Σ stored Total = Gross + Tax + Freight (JewelTrak has no CC fee).</li>
 * <li>Payments side (R3), by payment date, voided payments excluded, over the rows of the Payment Register
 * ({@link SalesSql#PAYMENTS}): Cash, Check, Card, Other (wire, ACH and named other tenders); Payments = the four.
 * Store-credit and gift-card rows are not money received that day — the money came in when the credit or card was
 * paid for (08 §Store Credits R12) — so they are in neither a column nor Payments, which stays the drawer and deposit
 * check.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class DailySales {

    static final String SUMMARY = """
            with days as (
                select d::date as day from generate_series(cast(:from as date), cast(:to as date), interval '1 day') d),
            sold as (
                select i.invoice_date as day,
                       count(*) filter (where i.status = 'FINALIZED') as invoices,
                       count(*) filter (where i.status = 'VOIDED') as voided_count,
                       sum(i.subtotal) filter (where i.status = 'FINALIZED') as gross,
                       sum(i.tax) filter (where i.status = 'FINALIZED') as tax,
                       sum(coalesce(i.freight, 0)) filter (where i.status = 'FINALIZED') as freight,
                       sum(i.total) filter (where i.status = 'FINALIZED') as total
                from invoice i where %1$s group by i.invoice_date),
            discounted as (
                select i.invoice_date as day, sum(l.adjustment) as discounts
                from invoice i join invoice_line l on l.tenant_id = i.tenant_id and l.invoice_id = i.id
                where %1$s and i.status = 'FINALIZED' group by i.invoice_date),
            received as (
                select p.payment_date as day,
                       sum(p.amount) filter (where p.method_key = 'cash') as cash,
                       sum(p.amount) filter (where p.method_key = 'check') as check_amount,
                       sum(p.amount) filter (where p.method_key = 'card') as card,
                       sum(p.amount) filter (where p.method_key = 'other') as other
                from (%2$s) p where not p.voided group by p.payment_date)
            select days.day as id, days.day,
                   coalesce(sold.invoices, 0) as invoices, coalesce(sold.voided_count, 0) as voided_count,
                   coalesce(sold.gross, 0) as gross, coalesce(discounted.discounts, 0) as discounts,
                   coalesce(sold.tax, 0) as tax, coalesce(sold.freight, 0) as freight, coalesce(sold.total, 0) as total,
                   coalesce(received.cash, 0) as cash, coalesce(received.check_amount, 0) as "check",
                   coalesce(received.card, 0) as card, coalesce(received.other, 0) as other,
                   coalesce(received.cash, 0) + coalesce(received.check_amount, 0) + coalesce(received.card, 0)
                       + coalesce(received.other, 0) as payments
            from days
            left join sold on sold.day = days.day
            left join discounted on discounted.day = days.day
            left join received on received.day = days.day
            """.formatted(SalesSql.COUNTED_INVOICES, SalesSql.PAYMENTS);

    static final String DETAIL = """
            select i.id as invoice_id, i.number::text as number, i.invoice_date, i.customer_id,
                   case when i.customer_id is null then 'Walk-in' else %s end as customer,
                   initcap(i.status) as status, i.status = 'VOIDED' as voided,
                   i.subtotal, coalesce(d.discount, 0) as discount, i.tax, coalesce(i.freight, 0) as freight, i.total
            from invoice i
            left join contact c on c.tenant_id = i.tenant_id and c.id = i.customer_id
            left join lateral (select sum(l.adjustment) as discount from invoice_line l
                               where l.tenant_id = i.tenant_id and l.invoice_id = i.id) d on true
            where %s and (cast(:day as date) is null or i.invoice_date = :day)
            """.formatted(ReportSql.CONTACT_NAME, SalesSql.COUNTED_INVOICES);

    private static ReportColumn live(String key, String label) {
        return ReportColumn.money(key, label).totalledBy("sum(r." + key + ") filter (where not r.voided)");
    }

    @Bean
    ReportDefinition dailySalesReport() {
        return ReportDefinition.builder("daily-sales", "Daily Sales Summary")
                .description("One row per day: invoices written next to payments received by method, for the daily close.")
                .category(ReportCategory.SALES)
                .filter(ReportFilter.period("Date", DateDefault.CURRENT_MONTH, 366))
                .filter(ReportFilter.store())
                // R5: set by a click on a date, removable
                .filter(ReportFilter.date("day", "Date").asPill())
                .view(ReportView.builder("summary", "Summary").sql(SUMMARY)
                        .column(ReportColumn.date("day", "Date").drill(Drill.toView("detail", Map.of("day", "day")))
                                .footerLabel("Total"))
                        .column(ReportColumn.count("invoices", "Invoices"))
                        .column(ReportColumn.count("voided_count", "Voided"))
                        .column(ReportColumn.money("gross", "Gross"))
                        .column(ReportColumn.money("discounts", "Discounts"))
                        .column(ReportColumn.money("tax", "Tax"))
                        .column(ReportColumn.money("freight", "Freight"))
                        .column(ReportColumn.money("total", "Total"))
                        .column(ReportColumn.money("cash", "Cash"))
                        .column(ReportColumn.money("check", "Check"))
                        .column(ReportColumn.money("card", "Card"))
                        .column(ReportColumn.money("other", "Other"))
                        .column(ReportColumn.money("payments", "Payments"))
                        .defaultOrder("r.day")
                        .id("id")
                        .build())
                .view(ReportView.builder("detail", "Detail").sql(DETAIL)
                        .column(ReportColumn.text("number", "Inv #").peek("invoice", "invoice_id").footerLabel("Total"))
                        .column(ReportColumn.date("invoice_date", "Date"))
                        .column(ReportColumn.text("customer", "Customer").peek("contact", "customer_id"))
                        .column(ReportColumn.of("status", "Status", ColumnKind.BADGE))
                        .column(live("subtotal", "Subtotal"))
                        .column(live("discount", "Discount"))
                        .column(live("tax", "Tax"))
                        .column(live("freight", "Freight"))
                        .column(live("total", "Total"))
                        // R6: voided rows struck through and out of the footer; newest first
                        .rowClass(row -> row.flag("voided") ? "jt-voided" : null)
                        .defaultOrder("r.invoice_date desc, r.number desc")
                        .id("invoice_id")
                        .build())
                .build();
    }
}
