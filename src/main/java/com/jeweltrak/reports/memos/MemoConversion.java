package com.jeweltrak.reports.memos;

import java.util.Map;

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
 * 09-reports §17 Memo Conversion Rate: of the memo value written in a period (by memo date), how much was invoiced, how
 * much came back and how much is still out, per salesperson or per customer (R1).
 * <p>
 * Memos carry no salesperson in JewelTrak: the memo's salesperson is the person who wrote it ({@code memo.created_by}).
 * The figures are the lines' current state (qty_invoiced / qty_returned as they stand today): this report reviews how
 * memos turned out, not a snapshot at a date.
 */
@Configuration(proxyBeanMethods = false)
class MemoConversion {

    /** One row per memo: R2 Total value, R3 Invoiced / Returned / Pending, all at the lines' unit price. */
    static final String MEMOS = """
            select m.id as memo_id, m.number as memo_number, m.memo_date, m.customer_id, %s as customer,
                   m.created_by, coalesce(%s, '— unassigned —') as salesperson,
                   case when cast(:groupBy as text) = 'customer' then 'c' || m.customer_id
                        else 'u' || coalesce(m.created_by, 0) end as group_key,
                   case when cast(:groupBy as text) = 'customer' then %s
                        else coalesce(%s, '— unassigned —') end as group_name,
                   sum(ml.quantity * ml.unit_price) as total_value,
                   sum(ml.qty_invoiced * ml.unit_price) as invoiced,
                   sum(ml.qty_returned * ml.unit_price) as returned,
                   sum((ml.quantity - ml.qty_invoiced - ml.qty_returned) * ml.unit_price) as pending
            from memo m
            join memo_line ml on ml.tenant_id = m.tenant_id and ml.memo_id = m.id
            join contact c on c.tenant_id = m.tenant_id and c.id = m.customer_id
            left join app_user u on u.tenant_id = m.tenant_id and u.id = m.created_by
            where m.voided_at is null and m.memo_date between :from and :to and m.store_id in (:stores)
            group by m.id, m.number, m.memo_date, m.customer_id, c.first_name, c.last_name, c.company, m.created_by,
                     u.first_name, u.last_name
            """.formatted(ReportSql.CONTACT_NAME, ReportSql.USER_NAME, ReportSql.CONTACT_NAME, ReportSql.USER_NAME);

    /** R4: Conversion % = Invoiced ÷ Total value; R5: Resolved % = Invoiced ÷ (Invoiced + Returned), "—" when nothing resolved. */
    static final String RATES = """
            round(100 * %1$s(x.invoiced) / nullif(%1$s(x.total_value), 0), 4) as conversion_pct,
            round(100 * %1$s(x.invoiced) / nullif(%1$s(x.invoiced) + %1$s(x.returned), 0), 4) as resolved_pct""";

    static final String SUMMARY = """
            select x.group_key, x.group_name, count(*) as memos, sum(x.total_value) as total_value,
                   sum(x.invoiced) as invoiced, sum(x.returned) as returned, sum(x.pending) as pending,
                   %s
            from (%s) x
            group by x.group_key, x.group_name
            """.formatted(RATES.formatted("sum"), MEMOS);

    static final String DETAIL = """
            select x.*, %s
            from (%s) x
            where (cast(:group as text) is null or x.group_key = :group)
            """.formatted(RATES.formatted(""), MEMOS);

    /** R9: the footer's rates come from the summed values, never averaged. */
    private static ReportColumn resolved() {
        return ReportColumn.percent("resolved_pct", "Resolved %")
                .totalledBy("round(100 * sum(r.invoiced) / nullif(sum(r.invoiced) + sum(r.returned), 0), 4)");
    }

    @Bean
    ReportDefinition memoConversionReport() {
        return ReportDefinition.builder("memo-conversion", "Memo Conversion Rate")
                .description("How much memo value turned into sales and how much came back, per salesperson or customer.")
                .category(ReportCategory.INVENTORY)
                .filter(ReportFilter.period("Memo date", DateDefault.CURRENT_MONTH, 0))
                .filter(ReportFilter.choice("groupBy", "Group by", "salesperson",
                        ReportFilter.option("salesperson", "Salesperson"), ReportFilter.option("customer", "Customer")))
                .filter(ReportFilter.store())
                .filter(ReportFilter.text("group", "Group").asPill())
                .view(ReportView.builder("summary", "Summary").sql(SUMMARY)
                        .column(ReportColumn.text("group_name", "Group")
                                .drill(Drill.toView("detail", Map.of("group", "group_key"))).footerLabel("Total"))
                        .column(ReportColumn.count("memos", "Memos"))
                        .column(ReportColumn.money("total_value", "Total value"))
                        .column(ReportColumn.money("invoiced", "Invoiced"))
                        .column(ReportColumn.money("returned", "Returned"))
                        .column(ReportColumn.money("pending", "Pending"))
                        .column(ReportColumn.percent("conversion_pct", "Conversion %").ratio("invoiced", "total_value"))
                        .column(resolved())
                        .defaultOrder("r.total_value desc")
                        .id("group_key")
                        .build())
                .view(ReportView.builder("detail", "Detail").sql(DETAIL)
                        .column(ReportColumn.text("memo_number", "Memo #").peek("memo", "memo_id").footerLabel("Total"))
                        .column(ReportColumn.date("memo_date", "Memo date"))
                        .column(ReportColumn.text("customer", "Customer").peek("contact", "customer_id"))
                        .column(ReportColumn.text("salesperson", "Salesperson"))
                        .column(ReportColumn.money("total_value", "Total value"))
                        .column(ReportColumn.money("invoiced", "Invoiced"))
                        .column(ReportColumn.money("returned", "Returned"))
                        .column(ReportColumn.money("pending", "Pending"))
                        .column(ReportColumn.percent("conversion_pct", "Conversion %").ratio("invoiced", "total_value"))
                        .column(resolved())
                        .defaultOrder("r.memo_date, r.memo_number")
                        .id("memo_id")
                        .build())
                .build();
    }
}
