package com.jeweltrak.reports.customers;

import java.util.Map;

import com.jeweltrak.reports.ColumnKind;
import com.jeweltrak.reports.DateDefault;
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
 * 09-reports §18 Top Customers (RFM): the customers who bought in the window, each scored 1–5 on Recency (latest
 * purchase), Frequency (invoices in the window) and Monetary (Σ invoice Total), by quintile across the customers in
 * the report (R2). The quintile method is the spec's inferred one, exactly NTILE(5): customers sorted from worst to
 * best on the metric — ties broken by customer id, the lower id first — split into 5 groups in that order, the larger
 * groups first when their number is not a multiple of 5 (7 customers: 2, 2, 1, 1, 1); group 1 scores 1, group 5 scores
 * 5. Min Orders (R6) removes customers before scoring, so the scores are recomputed over those that remain.
 * <p>
 * Sales are the FINALIZED invoices dated in the window (voided ones excluded, R8; Open drafts are no sale, C9);
 * Total Spend = Σ invoice Total (R5: after discount, with tax and freight). Walk-in sales have no customer and are left
 * out. The cell tint follows R+F+M (R4): green ≥ 13, blue ≥ 10, amber ≥ 7, rose below.
 */
@Configuration(proxyBeanMethods = false)
class TopCustomers {

    /** The window's sales, one row per invoice of a known customer. Alias i. */
    static final String SALES = """
            select i.id as invoice_id, i.number, i.invoice_date, i.customer_id, i.total
            from invoice i
            where i.invoice_date between :from and :to and i.status = 'FINALIZED' and i.store_id in (:stores)
              and i.customer_id is not null""";

    /** The customers meeting Min Orders with their metrics. */
    static final String CUSTOMERS = """
            select s.customer_id, max(s.invoice_date) as last_purchase, count(*) as orders, sum(s.total) as total_spend
            from (%s) s
            group by s.customer_id
            having count(*) >= coalesce(cast(:minOrders as numeric), 1)""".formatted(SALES);

    static final String SUMMARY = """
            select k.customer_id, %s as customer, k.last_purchase, cast(:today as date) - k.last_purchase as days_since,
                   k.orders, k.total_spend, round(k.total_spend / k.orders, 4) as avg_sale, k.r, k.f, k.m,
                   k.r || '-' || k.f || '-' || k.m as rfm, k.r + k.f + k.m as rfm_sum
            from (select q.*,
                         ntile(5) over (order by q.last_purchase, q.customer_id) as r,
                         ntile(5) over (order by q.orders, q.customer_id) as f,
                         ntile(5) over (order by q.total_spend, q.customer_id) as m
                  from (%s) q) k
            join contact c on c.id = k.customer_id
            """.formatted(ReportSql.CONTACT_NAME, CUSTOMERS);

    static final String DETAIL = """
            select s.invoice_id, s.number, s.invoice_date, s.customer_id, %s as customer, s.total
            from (%s) s
            join (%s) k on k.customer_id = s.customer_id
            join contact c on c.id = s.customer_id
            where (cast(:customer as bigint) is null or s.customer_id = :customer)
            """.formatted(ReportSql.CONTACT_NAME, SALES, CUSTOMERS);

    @Bean
    ReportDefinition topCustomersReport() {
        return ReportDefinition.builder("top-customers", "Top Customers (RFM)")
                .description("Customers ranked by Recency, Frequency and Monetary value, each scored 1–5 by quintile.")
                .category(ReportCategory.SALES)
                .filter(ReportFilter.period("Window", DateDefault.LAST_12_MONTHS, 0))
                .filter(ReportFilter.store())
                .filter(ReportFilter.number("minOrders", "Min orders", "1"))
                .filter(ReportFilter.contact("customer", "Customer").asPill())
                .view(ReportView.builder("summary", "Summary").sql(SUMMARY)
                        .column(ReportColumn.text("customer", "Customer").footerLabel("Total")
                                .drill(Drill.toView("detail", Map.of("customer", "customer_id"))))
                        .column(ReportColumn.date("last_purchase", "Last Purchase"))
                        .column(ReportColumn.count("days_since", "Days Since").totalledBy(null))
                        .column(ReportColumn.count("orders", "Orders"))
                        .column(ReportColumn.money("total_spend", "Total Spend"))
                        .column(ReportColumn.money("avg_sale", "Avg Sale")
                                .totalledBy("round(sum(r.total_spend) / nullif(sum(r.orders), 0), 4)"))
                        .column(ReportColumn.count("r", "R").totalledBy(null))
                        .column(ReportColumn.count("f", "F").totalledBy(null))
                        .column(ReportColumn.count("m", "M").totalledBy(null))
                        .column(ReportColumn.of("rfm", "RFM", ColumnKind.TEXT).tint(TopCustomers::tint)
                                .drill(Drill.toView("detail", Map.of("customer", "customer_id"))))
                        .defaultOrder("r.total_spend desc")
                        .id("customer_id")
                        .build())
                .view(ReportView.builder("detail", "Detail").sql(DETAIL)
                        .column(ReportColumn.of("number", "Inv #", ColumnKind.TEXT).peek("invoice", "invoice_id")
                                .footerLabel("Total"))
                        .column(ReportColumn.date("invoice_date", "Date"))
                        .column(ReportColumn.text("customer", "Customer").peek("contact", "customer_id"))
                        .column(ReportColumn.money("total", "Total"))
                        .defaultOrder("r.invoice_date desc, r.number")
                        .id("invoice_id")
                        .build())
                .build();
    }

    /** R4: the colour of the RFM cell by R + F + M. */
    static String tint(ReportRow row) {
        long sum = row.id("rfm_sum");
        return sum >= 13 ? "table-success" : sum >= 10 ? "table-info" : sum >= 7 ? "table-warning" : "table-danger";
    }
}
