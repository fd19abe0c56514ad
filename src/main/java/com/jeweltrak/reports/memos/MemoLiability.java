package com.jeweltrak.reports.memos;

import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.reports.Breakdown;
import com.jeweltrak.reports.ColumnKind;
import com.jeweltrak.reports.ReportCategory;
import com.jeweltrak.reports.ReportColumn;
import com.jeweltrak.reports.ReportDefinition;
import com.jeweltrak.reports.ReportFilter;
import com.jeweltrak.reports.ReportRow;
import com.jeweltrak.reports.ReportSql;
import com.jeweltrak.reports.ReportView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 09-reports §12 Memo Liability: as of a date, every memo line still out (R1), what it is worth at cost (units still out
 * × the item's unit cost) and at retail (units × the memo line's unit price, the base Memo Aging uses, R3), aged from
 * the memo date into C6's buckets (R4).
 */
@Configuration(proxyBeanMethods = false)
class MemoLiability {

    static final String SQL = """
            select x.line_id, x.memo_id, x.memo_number, x.memo_date, x.customer_id, x.customer, x.item_id,
                   x.stock_number, %s as item_type, %s as peek_type, x.description, x.qty_remaining, x.days_out, x.bucket, x.bucket_key,
                   x.qty_remaining * coalesce(x.unit_cost, 0) as cost_exposure,
                   x.qty_remaining * x.unit_price as retail_exposure
            from (%s) x
            where (cast(:customer as bigint) is null or x.customer_id = :customer)
              and (cast(:family as text) is null or x.family = :family)
              and %s
            """.formatted(MemoSql.familyName("x.family"), ReportSql.itemPeekType("x.family"), MemoSql.OPEN_LINES, MemoSql.BUCKET_FILTER);

    /** C8: 91+ red, 61–90 amber. */
    static String tint(ReportRow row) {
        return switch (row.text("bucket_key")) {
            case "91-plus" -> "table-danger";
            case "61-90" -> "table-warning";
            default -> null;
        };
    }

    @Bean
    ReportDefinition memoLiabilityReport() {
        return ReportDefinition.builder("memo-liability", "Memo Liability")
                .description("What is out on memo as of a date, at cost and at retail, aged 0–30 / 31–60 / 61–90 / 91+.")
                .category(ReportCategory.INVENTORY)
                .filter(ReportFilter.asOf())
                .filter(ReportFilter.store())
                .filter(ReportFilter.contact("customer", "Customer"))
                .filter(ReportFilter.choice("family", "Item type", null, ReportFilter.option("J", "Jewelry"),
                        ReportFilter.option("W", "Watches"), ReportFilter.option("D", "Diamonds"),
                        ReportFilter.option("C", "Colored stones"), ReportFilter.option("P", "Pearls")))
                .filter(ReportFilter.choice("bucket", "Age", "all", ReportFilter.option("all", "All"),
                        ReportFilter.option("0-30", "0–30"), ReportFilter.option("31-60", "31–60"),
                        ReportFilter.option("61-90", "61–90"), ReportFilter.option("91-plus", "91+")))
                .view(ReportView.builder("lines", "Lines").sql(SQL)
                        .column(ReportColumn.text("memo_number", "Memo #").peek("memo", "memo_id").footerLabel("Total"))
                        .column(ReportColumn.date("memo_date", "Memo date"))
                        .column(ReportColumn.text("customer", "Customer").peek("contact", "customer_id"))
                        // the item's own family decides which page the peek opens (inventory.web.ItemPeeks)
                        .column(ReportColumn.text("stock_number", "StockID").peek("@peek_type", "item_id"))
                        .column(ReportColumn.text("item_type", "Item type"))
                        .column(ReportColumn.text("description", "Description"))
                        .column(ReportColumn.quantity("qty_remaining", "Qty out").totalledBy("sum(r.qty_remaining)"))
                        .column(ReportColumn.of("days_out", "Days out", ColumnKind.COUNT).tint(MemoLiability::tint))
                        .column(ReportColumn.text("bucket", "Bucket").tint(MemoLiability::tint)
                                // R5: the line count
                                .totalledBy("count(*) || ' lines'"))
                        .column(ReportColumn.money("cost_exposure", "Cost exposure").requires(Permission.CAN_VIEW_COST))
                        .column(ReportColumn.money("retail_exposure", "Retail exposure"))
                        .defaultOrder("r.memo_date, r.memo_number")
                        .id("line_id")
                        // R5: per-bucket subtotals; cost is not broken down here, as a breakdown cannot be hidden from
                        // people without CanViewCost the way the cost column is
                        .breakdown(new Breakdown("Retail exposure by bucket", "r.bucket", "sum(r.retail_exposure)",
                                ColumnKind.MONEY))
                        .breakdown(new Breakdown("Lines by bucket", "r.bucket", "count(*)", ColumnKind.COUNT))
                        .build())
                .build();
    }
}
