package com.jeweltrak.reports.sales;

import java.util.Map;

import com.jeweltrak.reports.ColumnKind;
import com.jeweltrak.reports.DateDefault;
import com.jeweltrak.reports.Drill;
import com.jeweltrak.reports.ReportCategory;
import com.jeweltrak.reports.ReportColumn;
import com.jeweltrak.reports.ReportDefinition;
import com.jeweltrak.reports.ReportFilter;
import com.jeweltrak.reports.ReportView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 09-reports §10 Sales by Category: the merchandising mix per stock type and category. A line's value is
 * {@link SalesSql#LINE_NET} (R2), over the lines of Finalized and Voided invoices (C3): Net = Gross − Voided. Lines with
 * no item (non-stock, service, gift card) group under "Misc" by their kind; trade-in lines under "Trade-in" by the
 * category they come in as (negative), and return lines, negative, under their item's type and category — so Σ Net is
 * Σ Subtotal of the Finalized invoices (C3). Line Items and Quantity include voided lines (C4); Average Line = Net ÷
 * the non-voided line count. The Stock Type filter keeps one family's item lines (misc and trade-in lines drop out).
 */
@Configuration(proxyBeanMethods = false)
class SalesByCategory {

    static final String LINES = """
            select l.id as line_id, i.id as invoice_id, i.number::text as number, i.invoice_date, i.status as invoice_status,
                   case when l.kind = 'TRADE_IN' then 'Trade-in' when it.id is null then 'Misc' else %1$s end as stock_type,
                   case when l.kind = 'TRADE_IN' then coalesce(l.trade_category, '')
                        when it.id is null then case l.kind when 'NON_STOCK' then 'Non-stock' when 'SERVICE' then 'Service'
                                                            when 'GIFT_CARD' then 'Gift card' else initcap(l.kind) end
                        else coalesce(it.category, '') end as category,
                   case when l.kind = 'TRADE_IN' then -l.quantity else l.quantity end as quantity,
                   l.unit_price, %2$s as net, it.id as item_id, it.stock_number, %3$s as item_type, l.description
            from invoice i
            join invoice_line l on l.tenant_id = i.tenant_id and l.invoice_id = i.id
            left join item it on it.tenant_id = l.tenant_id and it.id = l.item_id
            where %4$s
              and (cast(:family as text) is null or (l.kind <> 'TRADE_IN' and it.family = :family))
            """.formatted(SalesSql.FAMILY_LABEL, SalesSql.LINE_NET, SalesSql.FAMILY_PEEK, SalesSql.COUNTED_INVOICES);

    static final String SUMMARY = """
            select x.stock_type || ' / ' || x.category as id, x.stock_type, x.category,
                   count(*) as line_items, count(*) filter (where x.invoice_status = 'VOIDED') as voided_lines,
                   sum(x.quantity) as quantity,
                   sum(x.net) as gross,
                   coalesce(sum(x.net) filter (where x.invoice_status = 'VOIDED'), 0) as voided,
                   coalesce(sum(x.net) filter (where x.invoice_status = 'FINALIZED'), 0) as net,
                   round(sum(x.net) filter (where x.invoice_status = 'FINALIZED')
                         / nullif(count(*) filter (where x.invoice_status = 'FINALIZED'), 0), 4) as average
            from (%s) x
            group by x.stock_type, x.category
            """.formatted(LINES);

    static final String DETAIL = """
            select x.*, initcap(x.invoice_status) as status, x.invoice_status = 'VOIDED' as voided from (%s) x
            where (cast(:stockType as text) is null or x.stock_type = :stockType)
              and (cast(:category as text) is null or x.category = :category)
            """.formatted(LINES);

    @Bean
    ReportDefinition salesByCategoryReport() {
        return ReportDefinition.builder("sales-by-category", "Sales by Category")
                .description("The merchandising mix: net sales per stock type and category, with the lines behind each.")
                .category(ReportCategory.SALES)
                .filter(ReportFilter.period("Invoice date", DateDefault.CURRENT_MONTH, 0))
                .filter(ReportFilter.store())
                .filter(ReportFilter.choice("family", "Stock type", null, ReportFilter.option("J", "Jewelry"),
                        ReportFilter.option("W", "Watch"), ReportFilter.option("D", "Diamond"),
                        ReportFilter.option("C", "Colored Stone"), ReportFilter.option("P", "Pearl")))
                // C2: set by a click on a Summary row, removable
                .filter(ReportFilter.text("stockType", "Type").asPill())
                .filter(ReportFilter.text("category", "Category").asPill())
                .view(ReportView.builder("summary", "Summary").sql(SUMMARY)
                        .column(ReportColumn.text("stock_type", "Stock Type")
                                .drill(Drill.toView("detail", Map.of("stockType", "stock_type"))).footerLabel("Total"))
                        .column(ReportColumn.text("category", "Category")
                                .drill(Drill.toView("detail", Map.of("stockType", "stock_type", "category", "category"))))
                        .column(ReportColumn.count("line_items", "Line Items"))
                        .column(ReportColumn.quantity("quantity", "Quantity").summed())
                        .column(ReportColumn.money("gross", "Gross Sales"))
                        .column(ReportColumn.money("voided", "Voided Sales"))
                        .column(ReportColumn.money("net", "Net Sales"))
                        .column(ReportColumn.of("average", "Average Line", ColumnKind.MONEY).totalledBy(
                                "round(sum(r.net) / nullif(sum(r.line_items) - sum(r.voided_lines), 0), 4)"))
                        .defaultOrder("r.net desc, r.stock_type, r.category")
                        .id("id")
                        .build())
                .view(ReportView.builder("detail", "Detail").sql(DETAIL)
                        .column(ReportColumn.text("number", "Inv #").peek("invoice", "invoice_id").footerLabel("Total"))
                        .column(ReportColumn.date("invoice_date", "Date"))
                        .column(ReportColumn.text("stock_type", "Stock Type"))
                        .column(ReportColumn.text("category", "Category"))
                        // the item's own page (its family decides which; a Peek's type is fixed per column)
                        .column(ReportColumn.text("stock_number", "Stock #").peek("@item_type", "item_id"))
                        .column(ReportColumn.text("description", "Description"))
                        .column(ReportColumn.quantity("quantity", "Qty"))
                        .column(ReportColumn.money("unit_price", "Unit Price").totalledBy(null))
                        .column(ReportColumn.money("net", "Net").totalledBy("sum(r.net) filter (where not r.voided)"))
                        .column(ReportColumn.of("status", "Status", ColumnKind.BADGE))
                        .rowClass(row -> row.flag("voided") ? "jt-voided" : null)
                        .defaultOrder("r.invoice_date, r.number, r.line_id")
                        .id("line_id")
                        .build())
                .build();
    }
}
