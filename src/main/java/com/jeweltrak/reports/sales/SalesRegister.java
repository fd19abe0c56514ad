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
 * 09-reports §4 Sales Register: one row per invoice written in the range, with what the customer saw (Subtotal, Tax,
 * Freight, Total), what has been paid on it all time, and what it still owes (Total − Paid − written off, R4).
 */
@Configuration(proxyBeanMethods = false)
class SalesRegister {

    static final String SQL = """
            select i.id as invoice_id, i.number, i.invoice_date,
                   initcap(i.status) as status,
                   coalesce(%s, '') as salesperson, s.name as store, i.customer_id,
                   case when i.customer_id is null then 'Walk-in' else %s end as customer,
                   i.subtotal, i.tax, coalesce(i.freight, 0) as freight, i.total,
                   paid.paid, wo.written_off,
                   i.total - paid.paid - wo.written_off as balance
            from invoice i
            join store s on s.tenant_id = i.tenant_id and s.id = i.store_id
            left join contact c on c.tenant_id = i.tenant_id and c.id = i.customer_id
            left join app_user u on u.tenant_id = i.tenant_id and u.id = i.salesperson_id
            left join lateral (%s) paid on true
            left join lateral (%s) wo on true
            where i.invoice_date between :from and :to and i.store_id in (:stores)
              and case :status when 'open' then i.status = 'OPEN'
                               when 'finalized' then i.status = 'FINALIZED'
                               when 'voided' then i.status = 'VOIDED'
                               else i.status in ('OPEN', 'FINALIZED') end
            """.formatted(ReportSql.USER_NAME, ReportSql.CONTACT_NAME, ReportSql.PAID, ReportSql.WRITTEN_OFF);

    @Bean
    ReportDefinition salesRegisterReport() {
        return ReportDefinition.builder("sales-register", "Sales Register")
                .description("Every invoice written in a range: totals, what was paid and what is still owed.")
                .category(ReportCategory.TRANSACTIONAL)
                .filter(ReportFilter.period("Invoice date", DateDefault.CURRENT_MONTH, 0))
                .filter(ReportFilter.store())
                // R7: "All" is the live sales (Open + Finalized); voided invoices only when asked for
                .filter(ReportFilter.choice("status", "Status", "all", ReportFilter.option("all", "All"),
                        ReportFilter.option("open", "Open"), ReportFilter.option("finalized", "Finalized"),
                        ReportFilter.option("voided", "Voided")))
                .view(ReportView.builder("register", "Register").sql(SQL)
                        .column(ReportColumn.of("number", "Inv #", ColumnKind.TEXT).peek("invoice", "invoice_id")
                                .footerLabel("Total"))
                        .column(ReportColumn.date("invoice_date", "Date"))
                        .column(ReportColumn.of("status", "Status", ColumnKind.BADGE))
                        .column(ReportColumn.text("salesperson", "Salesperson"))
                        .column(ReportColumn.text("store", "Store"))
                        .column(ReportColumn.text("customer", "Customer").peek("contact", "customer_id"))
                        .column(ReportColumn.money("subtotal", "Subtotal"))
                        .column(ReportColumn.money("tax", "Tax"))
                        .column(ReportColumn.money("freight", "Freight"))
                        .column(ReportColumn.money("total", "Total"))
                        .column(ReportColumn.money("paid", "Paid"))
                        // R4: a written-off amount explains why Total − Paid ≠ Balance
                        .column(ReportColumn.money("written_off", "W/O"))
                        .column(ReportColumn.money("balance", "Balance"))
                        .defaultOrder("r.invoice_date, r.number")
                        .id("invoice_id")
                        .build())
                .build();
    }
}
