package com.jeweltrak.reports.sales;

import com.jeweltrak.reports.DateDefault;
import com.jeweltrak.reports.ReportCategory;
import com.jeweltrak.reports.ReportColumn;
import com.jeweltrak.reports.ReportDefinition;
import com.jeweltrak.reports.ReportFilter;
import com.jeweltrak.reports.ReportSql;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 09-reports §9 Sales by Salesperson: the selling-volume leaderboard (formulas: {@link InvoiceRollups}); no commission
 * (R5). Invoices without a salesperson form "— unassigned —" (R2), which the Salesperson filter reaches as 0.
 */
@Configuration(proxyBeanMethods = false)
class SalesBySalesperson {

    private static final String SALESPERSON =
            "(cast(:salesperson as bigint) is null or coalesce(i.salesperson_id, 0) = :salesperson)";

    static final String SUMMARY = """
            select coalesce(i.salesperson_id, 0) as id, coalesce(i.salesperson_id, 0) as party_id,
                   coalesce(min(%s), '— unassigned —') as salesperson,
                   %s
            from invoice i
            left join app_user u on u.tenant_id = i.tenant_id and u.id = i.salesperson_id
            where %s and %s
            group by i.salesperson_id
            """.formatted(ReportSql.USER_NAME, InvoiceRollups.FIGURES, SalesSql.COUNTED_INVOICES, SALESPERSON);

    static final String DETAIL = InvoiceRollups.DETAIL_COLUMNS + " where " + SalesSql.COUNTED_INVOICES + " and " + SALESPERSON;

    @Bean
    ReportDefinition salesBySalespersonReport() {
        return ReportDefinition.builder("sales-by-salesperson", "Sales by Salesperson")
                .description("Net sales per salesperson for a range: the leaderboard, with each person's invoices.")
                .category(ReportCategory.SALES)
                .filter(ReportFilter.period("Invoice date", DateDefault.CURRENT_MONTH, 0))
                .filter(ReportFilter.store())
                // R3, R4: one person's invoices; a click on a Summary name sets it
                .filter(ReportFilter.user("salesperson", "Salesperson"))
                .view(InvoiceRollups.summary(SUMMARY, ReportColumn.text("salesperson", "Salesperson"),
                        java.util.Map.of("salesperson", "party_id")).build())
                .view(InvoiceRollups.detailFigures(InvoiceRollups.detail(DETAIL)
                        .column(ReportColumn.text("salesperson", "Salesperson"))
                        .column(ReportColumn.text("customer", "Customer").peek("contact", "customer_id"))).build())
                .build();
    }
}
