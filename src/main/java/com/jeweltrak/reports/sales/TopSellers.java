package com.jeweltrak.reports.sales;

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
 * 09-reports §11 Top Sellers: the best-selling styles in a window (last 90 days), the buy-again list. Item lines of
 * Finalized invoices only — voided invoices and trade-in lines are left out, return lines count negative (R5) — grouped
 * by the item's style, or by the item itself (its StockID) when it has none. Lines without an item (non-stock,
 * service, gift card) have neither and are not listed. Ranked by units, then revenue; the Top N is a LIMIT.
 */
@Configuration(proxyBeanMethods = false)
class TopSellers {

    static final String LINES = """
            select coalesce('S' || s.id, 'I' || it.id) as style_key, s.id as style_id, it.style_id as item_style,
                   coalesce(s.style_number, it.stock_number::text) as style,
                   coalesce(s.description, it.description, it.category) as style_description,
                   l.id as line_id, i.id as invoice_id, i.number::text as number, i.invoice_date, i.customer_id,
                   case when i.customer_id is null then 'Walk-in' else %s end as customer,
                   it.id as item_id, it.stock_number, l.description, l.quantity, l.unit_price, %s as revenue
            from invoice i
            join invoice_line l on l.tenant_id = i.tenant_id and l.invoice_id = i.id
            join item it on it.tenant_id = l.tenant_id and it.id = l.item_id
            left join style s on s.tenant_id = it.tenant_id and s.id = it.style_id
            left join contact c on c.tenant_id = i.tenant_id and c.id = i.customer_id
            where i.invoice_date between :from and :to and i.store_id in (:stores) and i.status = 'FINALIZED'
              and l.kind <> 'TRADE_IN'
              and (cast(:family as text) is null or it.family = :family)
            """.formatted(ReportSql.CONTACT_NAME, SalesSql.LINE_NET);

    static final String SUMMARY = """
            select ranked.*,
                   coalesce((select sum(o.in_stock) from item o
                             where o.tenant_id = jt_current_tenant() and o.style_id = ranked.style_id
                               and o.store_id in (:stores)),
                            (select o.in_stock from item o
                             where o.tenant_id = jt_current_tenant() and o.id = ranked.item_id), 0) as on_hand
            from (select row_number() over (order by sum(x.quantity) desc, sum(x.revenue) desc, x.style_key) as rank,
                         x.style_key as id, x.style_key as style_filter, max(x.style_id) as style_id,
                         case when max(x.style_id) is null then max(x.item_id) end as item_id,
                         min(x.style) as style, min(x.style_description) as description,
                         sum(x.quantity) as units, sum(x.revenue) as revenue, count(distinct x.invoice_id) as invoices,
                         round(sum(x.revenue) / nullif(sum(x.quantity), 0), 4) as avg_price,
                         max(x.invoice_date) as last_sold
                  from (%s) x
                  group by x.style_key
                  order by 1
                  limit cast(:top as integer)) ranked
            """.formatted(LINES);

    static final String DETAIL = """
            select x.* from (%s) x where (cast(:style as text) is null or x.style_key = :style)
            """.formatted(LINES);

    @Bean
    ReportDefinition topSellersReport() {
        return ReportDefinition.builder("top-sellers", "Top Sellers")
                .description("The best-selling styles of the last 90 days by units and revenue: the reorder list.")
                .category(ReportCategory.SALES)
                .filter(ReportFilter.period("Invoice date", DateDefault.LAST_90_DAYS, 0))
                .filter(ReportFilter.store())
                .filter(ReportFilter.choice("family", "Stock type", null, ReportFilter.option("J", "Jewelry"),
                        ReportFilter.option("W", "Watch"), ReportFilter.option("D", "Diamond"),
                        ReportFilter.option("C", "Colored Stone"), ReportFilter.option("P", "Pearl")))
                // R3: how many rows
                .filter(ReportFilter.choice("top", "Show", "25", ReportFilter.option("25", "Top 25"),
                        ReportFilter.option("50", "Top 50"), ReportFilter.option("100", "Top 100"),
                        ReportFilter.option("250", "Top 250"), ReportFilter.option("500", "Top 500")))
                // R4: set by a click on a style
                .filter(ReportFilter.text("style", "Style").asPill())
                .view(ReportView.builder("summary", "Summary").sql(SUMMARY)
                        .column(ReportColumn.of("rank", "Rank", com.jeweltrak.reports.ColumnKind.COUNT))
                        .column(ReportColumn.text("style", "Style #")
                                .drill(Drill.toView("detail", Map.of("style", "style_filter"))).footerLabel("Total"))
                        .column(ReportColumn.text("description", "Description"))
                        .column(ReportColumn.quantity("units", "Units Sold").summed())
                        .column(ReportColumn.money("revenue", "Revenue"))
                        .column(ReportColumn.count("invoices", "# Invoices").totalledBy(null))
                        .column(ReportColumn.money("avg_price", "Avg Price")
                                .totalledBy("round(sum(r.revenue) / nullif(sum(r.units), 0), 4)"))
                        .column(ReportColumn.date("last_sold", "Last Sold"))
                        .column(ReportColumn.quantity("on_hand", "On Hand").summed())
                        // R5: units, highest first, ties by revenue
                        .defaultOrder("r.rank")
                        .id("id")
                        .build())
                .view(ReportView.builder("detail", "Detail").sql(DETAIL)
                        .column(ReportColumn.text("number", "Inv #").peek("invoice", "invoice_id").footerLabel("Total"))
                        .column(ReportColumn.date("invoice_date", "Date"))
                        .column(ReportColumn.text("customer", "Customer").peek("contact", "customer_id"))
                        .column(ReportColumn.text("style", "Style #"))
                        .column(ReportColumn.text("stock_number", "Stock #"))
                        .column(ReportColumn.text("description", "Description"))
                        .column(ReportColumn.quantity("quantity", "Qty").summed())
                        .column(ReportColumn.money("unit_price", "Unit Price").totalledBy(null))
                        .column(ReportColumn.money("revenue", "Revenue"))
                        .defaultOrder("r.invoice_date desc, r.number desc, r.line_id")
                        .id("line_id")
                        .build())
                .build();
    }
}
