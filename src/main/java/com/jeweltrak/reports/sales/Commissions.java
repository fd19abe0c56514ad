package com.jeweltrak.reports.sales;

import com.jeweltrak.reports.ColumnKind;
import com.jeweltrak.reports.DateDefault;
import com.jeweltrak.reports.ReportCategory;
import com.jeweltrak.reports.ReportColumn;
import com.jeweltrak.reports.ReportDefinition;
import com.jeweltrak.reports.ReportFilter;
import com.jeweltrak.reports.ReportSql;
import com.jeweltrak.reports.ReportView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 09-reports §25 Salesperson Commission (decision 5): a flat rate on post-discount line revenue, per salesperson.
 * <ul>
 * <li>Only Finalized invoices dated in the range count (R6, R8). Orders = their count per salesperson.</li>
 * <li>Net Revenue = Σ per line (Qty × UnitPrice − Adjustment − TradeConcession), tax and freight excluded (R4): the
 * Adjustment taken once per line (R9); return lines negative (their Adjustment and concession are negative too);
 * trade-in lines left out (intake, not a sale).</li>
 * <li>Rate = the person's own rate when set ("Override"), else the tenant's default; "— unassigned —" uses the default
 * (R2, R8). Commission = Net Revenue × Rate rounded HALF_UP to cents per row, so the footer sums what is paid (R8).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class Commissions {

    static final String SQL = """
            with orders as (
                select i.id, i.salesperson_id,
                       coalesce(sum(%s - l.trade_concession) filter (where l.kind <> 'TRADE_IN'), 0) as base
                from invoice i
                left join invoice_line l on l.tenant_id = i.tenant_id and l.invoice_id = i.id
                where i.invoice_date between :from and :to and i.store_id in (:stores) and i.status = 'FINALIZED'
                group by i.id, i.salesperson_id),
            rates as (
                select coalesce(o.salesperson_id, 0) as id, coalesce(min(%s), '— unassigned —') as salesperson,
                       count(*) as orders, sum(o.base) as net_revenue,
                       coalesce(min(u.commission_rate), min(t.default_commission_rate)) as rate,
                       min(u.commission_rate) is not null as own_rate
                from orders o
                left join app_user u on u.tenant_id = jt_current_tenant() and u.id = o.salesperson_id
                cross join (select default_commission_rate from tenant where id = jt_current_tenant()) t
                group by o.salesperson_id)
            select r.id, r.salesperson, r.orders, r.net_revenue, 100 * r.rate as rate,
                   case when r.own_rate then 'Override' else '' end as rate_source,
                   round(r.net_revenue * r.rate, 2) as commission
            from rates r
            """.formatted(SalesSql.LINE_NET, ReportSql.USER_NAME);

    @Bean
    ReportDefinition commissionsReport() {
        return ReportDefinition.builder("commissions", "Salesperson Commission")
                .description("Commission per salesperson for a range: a flat rate on net line revenue.")
                .category(ReportCategory.SALES)
                .filter(ReportFilter.period("Invoice date", DateDefault.CURRENT_MONTH, 0))
                .filter(ReportFilter.store())
                .view(ReportView.builder("commissions", "Commissions").sql(SQL)
                        .column(ReportColumn.text("salesperson", "Salesperson").footerLabel("Total"))
                        .column(ReportColumn.count("orders", "Orders"))
                        .column(ReportColumn.money("net_revenue", "Net Revenue"))
                        // shown as a percentage (0.05 → 5 %); the footer is the effective rate, from the sums (C10)
                        .column(ReportColumn.percent("rate", "Rate").ratio("commission", "net_revenue"))
                        .column(ReportColumn.of("rate_source", "", ColumnKind.BADGE))
                        .column(ReportColumn.money("commission", "Commission"))
                        .defaultOrder("r.commission desc, r.salesperson")
                        .id("id")
                        .build())
                .build();
    }
}
