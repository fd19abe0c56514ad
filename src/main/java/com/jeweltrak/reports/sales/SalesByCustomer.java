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
 * 09-reports §8 Sales by Customer: net sales rolled up per customer (formulas: {@link InvoiceRollups}). Walk-in sales
 * (no customer) form one "Walk-in" row; its click opens the Detail with a "Walk-in" pill (a contact filter cannot name
 * "nobody").
 */
@Configuration(proxyBeanMethods = false)
class SalesByCustomer {

    private static final String CUSTOMER = """
            (cast(:customer as bigint) is null or i.customer_id = :customer)
              and (cast(:walkIn as text) is null or i.customer_id is null)""";

    static final String SUMMARY = """
            select coalesce(i.customer_id, 0) as id, i.customer_id as party_id,
                   case when i.customer_id is null then 'yes' end as walk_in,
                   case when i.customer_id is null then 'Walk-in' else min(%s) end as customer,
                   %s,
                   max(i.invoice_date) filter (where i.status = 'FINALIZED') as last_purchase
            from invoice i
            left join contact c on c.tenant_id = i.tenant_id and c.id = i.customer_id
            where %s and %s
            group by i.customer_id
            """.formatted(ReportSql.CONTACT_NAME, InvoiceRollups.FIGURES, SalesSql.COUNTED_INVOICES, CUSTOMER);

    static final String DETAIL = InvoiceRollups.DETAIL_COLUMNS + " where " + SalesSql.COUNTED_INVOICES + " and " + CUSTOMER;

    @Bean
    ReportDefinition salesByCustomerReport() {
        return ReportDefinition.builder("sales-by-customer", "Sales by Customer")
                .description("Net sales per customer for a range, ranked highest first, with each customer's invoices.")
                .category(ReportCategory.SALES)
                .filter(ReportFilter.period("Invoice date", DateDefault.CURRENT_MONTH, 0))
                .filter(ReportFilter.store())
                // R3, R4: one customer's invoice history; a click on a Summary name sets it
                .filter(ReportFilter.contact("customer", "Customer"))
                .filter(ReportFilter.choice("walkIn", "Walk-in", null, ReportFilter.option("yes", "Walk-in")).asPill())
                .view(InvoiceRollups.summary(SUMMARY, ReportColumn.text("customer", "Customer"),
                        java.util.Map.of("customer", "party_id", "walkIn", "walk_in"))
                        // R2: the latest non-voided invoice date in the range
                        .column(ReportColumn.date("last_purchase", "Last Purchase"))
                        .build())
                .view(InvoiceRollups.detailFigures(InvoiceRollups.detail(DETAIL)
                        .column(ReportColumn.text("customer", "Customer").peek("contact", "customer_id"))).build())
                .build();
    }
}
