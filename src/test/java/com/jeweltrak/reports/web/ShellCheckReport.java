package com.jeweltrak.reports.web;

import java.util.Map;

import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.reports.Breakdown;
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
 * A report declared only for the shell's tests (the application's one context scans it, so no second context): a
 * Summary per customer drilling into a Detail per invoice narrowed by a Customer pill (C2), a cost column only for
 * CanViewCost, a breakdown under the footer and a struck-through voided row — the shell's features the Sales Register
 * does not use.
 */
@Configuration(proxyBeanMethods = false)
class ShellCheckReport {

    static final String KEY = "shell-check";

    private static final String WHERE = """
            where i.invoice_date between :from and :to and i.store_id in (:stores)
              and i.status in ('FINALIZED', 'VOIDED')
              and (cast(:customer as bigint) is null or i.customer_id = :customer)
              and (cast(:payer as bigint) is null or i.customer_id = :payer)
              and (cast(:salesperson as bigint) is null or coalesce(i.salesperson_id, 0) = :salesperson)""";

    @Bean
    ReportDefinition shellCheckDefinition() {
        return ReportDefinition.builder(KEY, "Shell check")
                .description("Test-only: invoices per customer, then each invoice.")
                .category(ReportCategory.SALES)
                .filter(ReportFilter.period("Invoice date", DateDefault.CURRENT_MONTH, 366))
                .filter(ReportFilter.store())
                .filter(ReportFilter.contact("customer", "Customer").asPill())
                .filter(ReportFilter.contact("payer", "Payer"))
                .filter(ReportFilter.user("salesperson", "Salesperson"))
                .view(ReportView.builder("summary", "Summary")
                        .sql("""
                                select i.customer_id, coalesce(min(%s), 'Walk-in') as customer, count(*) as invoices,
                                       sum(i.total) filter (where i.status = 'FINALIZED') as total
                                from invoice i left join contact c on c.tenant_id = i.tenant_id and c.id = i.customer_id
                                %s group by i.customer_id""".formatted(ReportSql.CONTACT_NAME, WHERE))
                        .column(ReportColumn.text("customer", "Customer").footerLabel("Total")
                                .drill(Drill.toView("detail", Map.of("customer", "customer_id"))))
                        .column(ReportColumn.count("invoices", "Invoices"))
                        .column(ReportColumn.money("total", "Total"))
                        .defaultOrder("r.total desc")
                        .id("customer_id")
                        .build())
                .view(ReportView.builder("detail", "Detail")
                        .sql("""
                                select i.id as invoice_id, i.number, i.invoice_date, initcap(i.status) as status,
                                       i.total, round(i.total * 0.4, 4) as cost
                                from invoice i %s""".formatted(WHERE))
                        .column(ReportColumn.of("number", "Inv #", ColumnKind.TEXT).peek("invoice", "invoice_id")
                                .footerLabel("Total"))
                        .column(ReportColumn.date("invoice_date", "Date"))
                        .column(ReportColumn.of("status", "Status", ColumnKind.BADGE))
                        .column(ReportColumn.money("total", "Total").totalledBy("sum(r.total) filter (where r.status <> 'Voided')"))
                        .column(ReportColumn.money("cost", "Cost").requires(Permission.CAN_VIEW_COST))
                        .breakdown(new Breakdown("By status", "r.status", "sum(r.total)", ColumnKind.MONEY))
                        .rowClass(r -> "Voided".equals(r.text("status")) ? "jt-voided" : null)
                        .defaultOrder("r.invoice_date, r.number")
                        .id("invoice_id")
                        .build())
                .build();
    }
}
