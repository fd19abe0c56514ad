package com.jeweltrak.reports.inventory;

import java.util.Map;

import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.reports.ColumnKind;
import com.jeweltrak.reports.Drill;
import com.jeweltrak.reports.ReportCategory;
import com.jeweltrak.reports.ReportColumn;
import com.jeweltrak.reports.ReportDefinition;
import com.jeweltrak.reports.ReportFilter;
import com.jeweltrak.reports.ReportRow;
import com.jeweltrak.reports.ReportView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 09-reports §21 Inventory Aging: carried inventory bucketed by days from its purchase date to today (R1, no As-Of);
 * 365+ is the write-down list. Cost and Retail follow {@link InventorySql}, as Inventory Valuation does.
 */
@Configuration(proxyBeanMethods = false)
class InventoryAging {

    /** C7: day 365 is still 181–365; 365+ starts at day 366. A purchase date in the future counts as 0–30. */
    static final String AGED = """
            select x.*, (cast(:today as date) - x.purchase_date) as days_old,
                   case when x.purchase_date is null then 'No purchase date'
                        when cast(:today as date) - x.purchase_date <= 30 then '0–30'
                        when cast(:today as date) - x.purchase_date <= 60 then '31–60'
                        when cast(:today as date) - x.purchase_date <= 90 then '61–90'
                        when cast(:today as date) - x.purchase_date <= 180 then '91–180'
                        when cast(:today as date) - x.purchase_date <= 365 then '181–365'
                        else '365+' end as bucket,
                   case when x.purchase_date is null then 'none'
                        when cast(:today as date) - x.purchase_date <= 30 then '0-30'
                        when cast(:today as date) - x.purchase_date <= 60 then '31-60'
                        when cast(:today as date) - x.purchase_date <= 90 then '61-90'
                        when cast(:today as date) - x.purchase_date <= 180 then '91-180'
                        when cast(:today as date) - x.purchase_date <= 365 then '181-365'
                        else '366-plus' end as bucket_key
            from (%s) x
            """.formatted(InventorySql.ITEMS);

    /** R5: oldest first, 365+ on top, "No purchase date" last. */
    static final String BUCKET_ORDER = """
            case y.bucket when '365+' then 1 when '181–365' then 2 when '91–180' then 3 when '61–90' then 4
                          when '31–60' then 5 when '0–30' then 6 else 7 end""";

    static final String SUMMARY = """
            select y.bucket, y.bucket_key, %s as bucket_order, count(*) as items, sum(y.cost) as cost, sum(y.retail) as retail
            from (%s) y
            group by y.bucket, y.bucket_key
            """.formatted(BUCKET_ORDER, AGED);

    static final String DETAIL = """
            select y.*, y.family as type from (%s) y where (cast(:bucket as text) is null or y.bucket_key = :bucket)
            """.formatted(AGED);

    /** R5 / C8: 365+ red, 181–365 amber. */
    static String bucketTint(ReportRow row) {
        return switch (row.text("bucket")) {
            case "365+" -> "table-danger";
            case "181–365" -> "table-warning";
            default -> null;
        };
    }

    /** R7 / C8: Days Old tinted past 180 and past 365. */
    static String daysTint(ReportRow row) {
        if (row.get("days_old") == null) return null;
        long days = row.decimal("days_old").longValue();
        return days > 365 ? "table-danger" : days > 180 ? "table-warning" : null;
    }

    @Bean
    ReportDefinition inventoryAgingReport() {
        return ReportDefinition.builder("inventory-aging", "Inventory Aging")
                .description("Inventory by time since purchase, 0–30 days to 365+; 365+ are the write-down candidates.")
                .category(ReportCategory.INVENTORY)
                .filter(InventorySql.include())
                .filter(ReportFilter.store())
                .filter(InventorySql.family())
                .filter(ReportFilter.choice("bucket", "Bucket", null, ReportFilter.option("0-30", "0–30"),
                        ReportFilter.option("31-60", "31–60"), ReportFilter.option("61-90", "61–90"),
                        ReportFilter.option("91-180", "91–180"), ReportFilter.option("181-365", "181–365"),
                        ReportFilter.option("366-plus", "365+"), ReportFilter.option("none", "No purchase date"))
                        .asPill())
                .view(ReportView.builder("summary", "Summary").sql(SUMMARY)
                        // R6: a bucket opens its items
                        .column(ReportColumn.text("bucket", "Bucket").drill(Drill.toView("detail", Map.of("bucket", "bucket_key")))
                                .tint(InventoryAging::bucketTint).footerLabel("Total"))
                        .column(ReportColumn.count("items", "Items"))
                        .column(ReportColumn.money("cost", "Cost").requires(Permission.CAN_VIEW_COST))
                        .column(ReportColumn.money("retail", "Retail"))
                        .defaultOrder("r.bucket_order")
                        .id("bucket")
                        .build())
                .view(ReportView.builder("detail", "Detail").sql(DETAIL)
                        .column(ReportColumn.text("stock_number", "StockID").peek("@peek_type", "item_id").footerLabel("Total"))
                        .column(ReportColumn.of("type", "Type", ColumnKind.BADGE))
                        .column(ReportColumn.text("description", "Description"))
                        .column(ReportColumn.text("store", "Store"))
                        .column(ReportColumn.date("purchase_date", "Purchase date"))
                        .column(ReportColumn.of("days_old", "Days old", ColumnKind.COUNT).tint(InventoryAging::daysTint))
                        .column(ReportColumn.text("bucket", "Bucket").hiddenWhen("bucket"))
                        .column(ReportColumn.money("cost", "Cost").requires(Permission.CAN_VIEW_COST))
                        .column(ReportColumn.money("retail", "Retail"))
                        // R6: oldest first
                        .defaultOrder("r.purchase_date nulls last, r.stock_number")
                        .id("item_id")
                        .build())
                .build();
    }
}
