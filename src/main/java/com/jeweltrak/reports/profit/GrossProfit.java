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
 * 09-reports §13 Gross Profit: per line, GP = SellTotal − live cost (R5), rolled up per invoice in Summary (R8).
 * Trade-in lines are GP-neutral and listed in Detail, flagged, but left out of every sum and of GP % (R2) — so each
 * money footer and each invoice's figures sum the other lines only. GP % = GP ÷ SellTotal × 100, "—" at 0 (C10).
 * Partnership items show the full transaction GP (R6, decision 3); the line arithmetic is {@link ProfitLines}.
 */
@Configuration(proxyBeanMethods = false)
class GrossProfit {

    /** Narrowing by the Customer and Invoice pills (C2). */
    static final String PILLS = """
            (cast(:customer as bigint) is null or i.customer_id = :customer)
            and (cast(:invoice as bigint) is null or i.number = cast(:invoice as bigint))""";

    private static final String NOT_TRADE_IN = " filter (where r.line_type <> 'Trade-in')";

    /** Lines summed per invoice (grouped by the invoice id alone: one small sort key), then the invoice read by id. */
    static final String SUMMARY = """
            select i.id as invoice_id, i.number, i.invoice_date, i.customer_id,
                   case when i.customer_id is null then 'Walk-in' else %s end as customer,
                   g.sell_total, g.cost, g.sell_total - g.cost as gp,
                   round(100 * (g.sell_total - g.cost) / nullif(g.sell_total, 0), 4) as gp_pct
            from (
                select p.invoice_id,
                       coalesce(sum(p.sell_total) filter (where p.line_type <> 'Trade-in'), 0) as sell_total,
                       coalesce(sum(p.cost) filter (where p.line_type <> 'Trade-in'), 0) as cost
                from (%s) p
                group by p.invoice_id
            ) g
            -- the range again, so the invoices are read by date (133k of 400k in the benchmark's year), not all scanned
            join invoice i on i.id = g.invoice_id and i.invoice_date between :from and :to
            left join contact c on c.tenant_id = i.tenant_id and c.id = i.customer_id
            """.formatted(ReportSql.CONTACT_NAME, ProfitLines.sql(PILLS));

    static final String DETAIL = """
            select p.line_id, p.invoice_id, p.number, p.invoice_date, p.item_id, p.stock_number, p.item_type, p.description,
                   p.quantity, p.sell_total, p.cost, p.sell_total - p.cost as gp,
                   round(100 * (p.sell_total - p.cost) / nullif(p.sell_total, 0), 4) as gp_pct, p.line_type
            from (%s) p
            """.formatted(ProfitLines.sql(PILLS));

    @Bean
    ReportDefinition grossProfitReport() {
        // the pill names the invoice by the number people know it by
        Drill toDetail = Drill.toView("detail", Map.of("invoice", "number"));
        return ReportDefinition.builder("gross-profit", "Gross Profit")
                .description("Profit on every line sold in a range at today's costs: partnership-aware, refund-aware.")
                .category(ReportCategory.SALES)
                .requires(Permission.CAN_VIEW_COST)
                .filter(ReportFilter.period("Invoice date", DateDefault.CURRENT_MONTH, 0))
                .filter(ReportFilter.store())
                .filter(ReportFilter.contact("customer", "Customer").asPill())
                .filter(ReportFilter.number("invoice", "Invoice", null).asPill())
                .view(ReportView.builder("summary", "Summary").sql(SUMMARY).onePass()
                        .column(ReportColumn.of("number", "Inv #", ColumnKind.TEXT).peek("invoice", "invoice_id")
                                .footerLabel("Total"))
                        .column(ReportColumn.date("invoice_date", "Date"))
                        .column(ReportColumn.text("customer", "Customer")
                                .drill(Drill.toView("summary", Map.of("customer", "customer_id"))))
                        .column(ReportColumn.money("sell_total", "Sell Total").drill(toDetail))
                        .column(ReportColumn.money("cost", "Cost").drill(toDetail))
                        .column(ReportColumn.money("gp", "GP").drill(toDetail))
                        .column(ReportColumn.percent("gp_pct", "GP %").ratio("gp", "sell_total"))
                        .defaultOrder("r.invoice_date, r.number")
                        .id("invoice_id")
                        .build())
                .view(ReportView.builder("detail", "Detail").sql(DETAIL)
                        .column(ReportColumn.of("number", "Inv #", ColumnKind.TEXT).peek("invoice", "invoice_id")
                                .footerLabel("Total"))
                        .column(ReportColumn.date("invoice_date", "Date"))
                        .column(ReportColumn.text("stock_number", "Stock #").peek("@item_type", "item_id"))
                        .column(ReportColumn.text("description", "Description"))
                        .column(ReportColumn.quantity("quantity", "Qty"))
                        .column(ReportColumn.money("sell_total", "Sell Total")
                                .totalledBy("sum(r.sell_total)" + NOT_TRADE_IN))
                        .column(ReportColumn.money("cost", "Cost").totalledBy("sum(r.cost)" + NOT_TRADE_IN))
                        .column(ReportColumn.money("gp", "GP").totalledBy("sum(r.gp)" + NOT_TRADE_IN))
                        .column(ReportColumn.percent("gp_pct", "GP %").totalledBy(
                                "round(100 * sum(r.gp)" + NOT_TRADE_IN + " / nullif(sum(r.sell_total)" + NOT_TRADE_IN
                                        + ", 0), 4)"))
                        .column(ReportColumn.of("line_type", "Type", ColumnKind.BADGE))
                        .defaultOrder("r.invoice_date, r.number")
                        .id("line_id")
                        .rowClass(row -> "Trade-in".equals(row.text("line_type")) ? "text-muted" : null)
                        .build())
                .build();
    }
}
