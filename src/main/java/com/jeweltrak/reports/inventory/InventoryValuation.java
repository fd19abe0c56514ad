package com.jeweltrak.reports.inventory;

import java.util.Map;

import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.reports.ColumnKind;
import com.jeweltrak.reports.Drill;
import com.jeweltrak.reports.ReportCategory;
import com.jeweltrak.reports.ReportColumn;
import com.jeweltrak.reports.ReportDefinition;
import com.jeweltrak.reports.ReportFilter;
import com.jeweltrak.reports.ReportView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 09-reports §22 Inventory Valuation: the cost basis and retail value of carried inventory per item type, for the
 * accountant and the insurer, and as a cross-check of Inventory Aging (the same {@link InventorySql}).
 */
@Configuration(proxyBeanMethods = false)
class InventoryValuation {

    /** R3: markup from the summed retail and cost, "—" when there is no cost. */
    static final String MARKUP = "round(100 * (sum(%1$s.retail) - sum(%1$s.cost)) / nullif(sum(%1$s.cost), 0), 4)";

    /** R2: one row per type, all five shown even when empty. */
    static final String SUMMARY = """
            select t.family, t.type, t.type_order, count(x.item_id) as items, coalesce(sum(x.cost), 0) as cost,
                   coalesce(sum(x.retail), 0) as retail, %s as markup_pct
            from (values ('J', 'Jewelry', 1), ('W', 'Watches', 2), ('D', 'Diamonds', 3), ('C', 'Colored Stones', 4),
                         ('P', 'Pearls', 5)) t(family, type, type_order)
            left join (%s) x on x.family = t.family
            where cast(:family as text) is null or t.family = :family
            group by t.family, t.type, t.type_order
            """.formatted(MARKUP.formatted("x"), InventorySql.ITEMS);

    /** R5: Qty is the carry quantity for jewelry and watches, the carat weight of loose stones, the pearl count of pearls. */
    static final String DETAIL = """
            select x.item_id, x.stock_number, x.family, x.family as type, x.description, x.store,
                   case x.family when 'D' then x.carats when 'C' then x.carats
                                 when 'P' then coalesce(x.pearl_count, x.carry_qty) else x.carry_qty end as qty,
                   x.on_memo, x.cost, x.retail, x.peek_type
            from (%s) x
            """.formatted(InventorySql.ITEMS);

    @Bean
    ReportDefinition inventoryValuationReport() {
        return ReportDefinition.builder("inventory-valuation", "Inventory Valuation")
                .description("Cost basis and retail value of inventory by type, with markup.")
                .category(ReportCategory.INVENTORY)
                .requires(Permission.SHOW_INVENTORY_VALUATION_REPORT)
                .filter(InventorySql.include())
                .filter(ReportFilter.store())
                .filter(InventorySql.family().asPill())
                .view(ReportView.builder("summary", "Summary").sql(SUMMARY)
                        // R4: a type opens its items
                        .column(ReportColumn.text("type", "Type").drill(Drill.toView("detail", Map.of("family", "family")))
                                .footerLabel("Total"))
                        .column(ReportColumn.count("items", "Items"))
                        .column(ReportColumn.money("cost", "Cost").requires(Permission.CAN_VIEW_COST))
                        .column(ReportColumn.money("retail", "Retail"))
                        .column(ReportColumn.percent("markup_pct", "Markup %").totalledBy(MARKUP.formatted("r"))
                                .requires(Permission.CAN_VIEW_COST))
                        .defaultOrder("r.type_order")
                        .id("family")
                        .build())
                .view(ReportView.builder("detail", "Detail").sql(DETAIL)
                        .column(ReportColumn.text("stock_number", "StockID").peek("@peek_type", "item_id").footerLabel("Total"))
                        .column(ReportColumn.of("type", "Type", ColumnKind.BADGE).hiddenWhen("family"))
                        .column(ReportColumn.text("description", "Description"))
                        .column(ReportColumn.text("store", "Store"))
                        .column(ReportColumn.quantity("qty", "Qty"))
                        .column(ReportColumn.quantity("on_memo", "On memo").totalledBy("sum(r.on_memo)"))
                        .column(ReportColumn.money("cost", "Cost").requires(Permission.CAN_VIEW_COST))
                        .column(ReportColumn.money("retail", "Retail"))
                        // R5: highest retail first
                        .defaultOrder("r.retail desc")
                        .id("item_id")
                        .build())
                .build();
    }
}
