package com.jeweltrak.reports.profit;

import java.util.Map;

import com.jeweltrak.platform.users.Permission;
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
 * 09-reports §14 Pricing Realization & Margin Impact: do we keep list price, and what does discounting cost in margin?
 * Per salesperson (default) or customer: List = Σ Qty × Retail Price (misc lines: UnitPrice), Actual = Σ SellTotal, Cost =
 * Σ live cost — the GP report's own definitions ({@link ProfitLines}), trade-in lines left out (intake, not sales).
 * Realization % = Actual ÷ List (R1); Hyp GP % = (List − Cost) ÷ List, Actual GP % = (Actual − Cost) ÷ Actual (R2);
 * Margin impact = Hyp GP % − Actual GP % in points, Discount = List − Actual (R3). Every percentage is worked out from
 * sums, in the rows and in the footer alike, never by averaging (R5, C10); "—" when the divisor is 0.
 */
@Configuration(proxyBeanMethods = false)
class PricingRealization {

    /** The Detail's pills: a salesperson (0 = unassigned, FilterKind USER) or a customer. */
    static final String PILLS = """
            (cast(:salesperson as bigint) is null or coalesce(i.salesperson_id, 0) = :salesperson)
            and (cast(:customer as bigint) is null or i.customer_id = :customer)""";

    /** Lines of the range but trade-ins, with their group: {@code g_key}, {@code g_name}, and its pill values. */
    static final String GROUPED_LINES = """
            select p.*,
                   case when :groupBy = 'customer' then coalesce(p.customer_id, 0) else coalesce(p.salesperson_id, 0) end as g_key,
                   case when :groupBy = 'customer'
                        then case when p.customer_id is null then 'Walk-in' else %s end
                        else coalesce(%s, '— unassigned —') end as g_name,
                   case when :groupBy = 'customer' then null else coalesce(p.salesperson_id, 0) end as salesperson_pill,
                   case when :groupBy = 'customer' then p.customer_id end as customer_pill
            from (%s) p
            left join contact c on c.id = p.customer_id
            left join app_user u on u.id = p.salesperson_id
            where p.line_type <> 'Trade-in'
            """.formatted(ReportSql.CONTACT_NAME, ReportSql.USER_NAME, ProfitLines.sql(PILLS));

    /** The figures of a group of lines {@code q}, each percentage from its sums. */
    private static final String FIGURES = """
            s.list, s.actual, s.cost, s.list - s.actual as discount,
            round(100 * s.actual / nullif(s.list, 0), 4) as realization_pct,
            round(100 * (s.list - s.cost) / nullif(s.list, 0), 4) as hyp_gp_pct,
            round(100 * (s.actual - s.cost) / nullif(s.actual, 0), 4) as actual_gp_pct,
            round(100 * (s.list - s.cost) / nullif(s.list, 0) - 100 * (s.actual - s.cost) / nullif(s.actual, 0), 4)
                as margin_impact""";

    static final String SUMMARY = """
            select s.g_key as group_id, s.g_name as group_name, s.salesperson_pill, s.customer_pill, %s
            from (select q.g_key, q.g_name, q.salesperson_pill, q.customer_pill, coalesce(sum(q.list_amount), 0) as list,
                         coalesce(sum(q.sell_total), 0) as actual, coalesce(sum(q.cost), 0) as cost
                  from (%s) q group by q.g_key, q.g_name, q.salesperson_pill, q.customer_pill) s
            """.formatted(FIGURES, GROUPED_LINES);

    static final String DETAIL = """
            select s.invoice_id, s.number, s.invoice_date, s.g_name as group_name, %s
            from (select q.invoice_id, q.number, q.invoice_date, q.g_name, coalesce(sum(q.list_amount), 0) as list,
                         coalesce(sum(q.sell_total), 0) as actual, coalesce(sum(q.cost), 0) as cost
                  from (%s) q group by q.invoice_id, q.number, q.invoice_date, q.g_name) s
            """.formatted(FIGURES, GROUPED_LINES);

    /** The footer's percentages, from the sums of list, actual and cost over every row (R5). */
    private static final String SUM_LIST = "sum(r.list)", SUM_ACTUAL = "sum(r.actual)", SUM_COST = "sum(r.cost)";

    @Bean
    ReportDefinition pricingRealizationReport() {
        return ReportDefinition.builder("pricing-realization", "Pricing Realization & Margin Impact")
                .description("How much of list price is kept, and what discounting costs in margin, by salesperson or customer.")
                .category(ReportCategory.SALES)
                .requires(Permission.CAN_VIEW_COST)
                .filter(ReportFilter.period("Invoice date", DateDefault.CURRENT_MONTH, 0))
                .filter(ReportFilter.store())
                .filter(ReportFilter.choice("groupBy", "Group by", "salesperson",
                        ReportFilter.option("salesperson", "Salesperson"), ReportFilter.option("customer", "Customer")))
                .filter(ReportFilter.user("salesperson", "Salesperson").asPill())
                .filter(ReportFilter.contact("customer", "Customer").asPill())
                .view(withFigures(ReportView.builder("summary", "Summary").sql(SUMMARY).onePass()
                        .column(ReportColumn.text("group_name", "Group").footerLabel("Total")
                                .drill(Drill.toView("detail", Map.of("salesperson", "salesperson_pill",
                                        "customer", "customer_pill")))))
                        .defaultOrder("r.actual desc")
                        .id("group_id")
                        .build())
                .view(withFigures(ReportView.builder("detail", "Detail").sql(DETAIL).onePass()
                        .column(ReportColumn.of("number", "Inv #", ColumnKind.TEXT).peek("invoice", "invoice_id")
                                .footerLabel("Total"))
                        .column(ReportColumn.date("invoice_date", "Date"))
                        .column(ReportColumn.text("group_name", "Group")))
                        .defaultOrder("r.invoice_date, r.number")
                        .id("invoice_id")
                        .build())
                .build();
    }

    private static ReportView.Builder withFigures(ReportView.Builder view) {
        return view
                .column(ReportColumn.money("list", "List"))
                .column(ReportColumn.money("actual", "Actual"))
                .column(ReportColumn.money("discount", "Discount"))
                .column(ReportColumn.percent("realization_pct", "Realization %").ratio("actual", "list"))
                .column(ReportColumn.percent("hyp_gp_pct", "Hyp GP %").totalledBy(
                        "round(100 * (" + SUM_LIST + " - " + SUM_COST + ") / nullif(" + SUM_LIST + ", 0), 4)"))
                .column(ReportColumn.percent("actual_gp_pct", "Actual GP %").totalledBy(
                        "round(100 * (" + SUM_ACTUAL + " - " + SUM_COST + ") / nullif(" + SUM_ACTUAL + ", 0), 4)"))
                .column(ReportColumn.of("margin_impact", "Margin impact (pts)", ColumnKind.PERCENT).totalledBy(
                        "round(100 * (" + SUM_LIST + " - " + SUM_COST + ") / nullif(" + SUM_LIST + ", 0) - 100 * ("
                                + SUM_ACTUAL + " - " + SUM_COST + ") / nullif(" + SUM_ACTUAL + ", 0), 4)"));
    }
}
