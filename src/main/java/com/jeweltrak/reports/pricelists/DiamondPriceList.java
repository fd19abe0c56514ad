package com.jeweltrak.reports.pricelists;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.reports.ColumnKind;
import com.jeweltrak.reports.ReportCategory;
import com.jeweltrak.reports.ReportColumn;
import com.jeweltrak.reports.ReportDefinition;
import com.jeweltrak.reports.ReportFilter;
import com.jeweltrak.reports.ReportView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 09-reports §6 Diamond Price List: the loose diamonds on hand, filterable on the sales floor and priced at Price 1 only
 * (R1, not configurable). The shell gives it Print / PDF / Excel / CSV / Email (R5); Email Selected, the branded quote
 * with certificates (R6), is the page of {@code web.DiamondQuoteController}, which runs this same report to list stones.
 * <p>
 * Lab-grown: {@code item_diamond.origin} is NATURAL or LAB_GROWN, so Type = Natural | Lab-grown | All reads it.
 * %/Rap: JewelTrak keeps no Rapaport list price (nothing in the schema or code names one), so the column is there and
 * shows "—" for every stone until a Rap price exists; R2's formula is then ($/ct ÷ Rap $/ct − 1) × 100.
 */
@Configuration(proxyBeanMethods = false)
public class DiamondPriceList {

    public static final String KEY = "diamond-price-list";

    /** Diamonds in stock, in a store the person may see; numbers prefix-match the StockID, words match the text (R3). */
    static final String SQL = """
            select it.id as item_id, it.stock_number, d.shape, it.carats,
                   coalesce(d.color, d.fancy_color) as color, d.clarity, d.lab, d.cert_number,
                   case when d.length_mm is null then null
                        else concat_ws(' × ', d.length_mm, d.width_mm, d.depth_mm) || ' mm' end as measurements,
                   round(it.price1 / nullif(it.carats, 0), 4) as price_per_carat,
                   cast(null as numeric) as rap_pct,
                   it.price1 as total,
                   case d.origin when 'LAB_GROWN' then 'Lab-grown' else 'Natural' end as origin,
                   s.name as store
            from item it
            join item_diamond d on d.tenant_id = it.tenant_id and d.item_id = it.id
            join store s on s.tenant_id = it.tenant_id and s.id = it.store_id
            where it.family = 'D' and it.store_id in (:stores) and (it.in_stock > 0 or it.on_memo > 0)
              and (it.in_stock > 0 or (cast(:include as text) <> 'in-stock' and it.on_memo > 0))
              and (cast(:search as text) is null
                   or (cast(:search as text) ~ '^[0-9]+$' and it.stock_number::text like cast(:search as text) || '%')
                   or (cast(:search as text) !~ '^[0-9]+$' and concat_ws(' ', it.description, 'diamond', d.shape, d.color,
                        d.fancy_color, d.clarity, it.notes) ilike '%' || cast(:search as text) || '%'))
              and (cast(:shape as text) is null or d.shape = :shape)
              and (cast(:color as text) is null or coalesce(d.color, d.fancy_color) = :color)
              and (cast(:clarity as text) is null or d.clarity = :clarity)
              and (cast(:caratMin as numeric) is null or it.carats >= :caratMin)
              and (cast(:caratMax as numeric) is null or it.carats <= :caratMax)
              and (cast(:origin as text) = 'all' or (cast(:origin as text) = 'lab-grown') = (d.origin = 'LAB_GROWN'))
            """;

    /** R3: options built from the diamonds actually in stock (or on memo), not a fixed list. */
    private static String optionsOf(String expression) {
        return """
                select distinct %1$s, %1$s from item_diamond d
                join item it on it.tenant_id = d.tenant_id and it.id = d.item_id
                where it.store_id in (:stores) and (it.in_stock > 0 or it.on_memo > 0) and %1$s is not null
                order by 1""".formatted(expression);
    }

    @Bean
    ReportDefinition diamondPriceListReport() {
        return ReportDefinition.builder(KEY, "Diamond Price List")
                .description("Loose diamonds on hand at Price 1 with $/ct; e-mail a branded quote with certificates.")
                .category(ReportCategory.INVENTORY)
                .requires(Family.DIAMOND.viewPermission())
                .filter(ReportFilter.text("search", "Search"))
                .filter(ReportFilter.store())
                .filter(ReportFilter.choiceFrom("shape", "Shape", optionsOf("d.shape")))
                .filter(ReportFilter.choiceFrom("color", "Color", optionsOf("coalesce(d.color, d.fancy_color)")))
                .filter(ReportFilter.choiceFrom("clarity", "Clarity", optionsOf("d.clarity")))
                .filter(ReportFilter.number("caratMin", "Carats from", null))
                .filter(ReportFilter.number("caratMax", "Carats to", null))
                .filter(ReportFilter.choice("origin", "Type", "all", ReportFilter.option("all", "All"),
                        ReportFilter.option("natural", "Natural"), ReportFilter.option("lab-grown", "Lab-grown")))
                .filter(ReportFilter.choice("include", "Include", "in-stock-and-memo",
                        ReportFilter.option("in-stock-and-memo", "In stock + on memo"),
                        ReportFilter.option("in-stock", "In stock only")))
                .view(ReportView.builder("stones", "Stones").sql(SQL)
                        .column(ReportColumn.text("stock_number", "StockID").peek("diamond", "item_id").footerLabel("Total"))
                        .column(ReportColumn.text("shape", "Shape"))
                        .column(ReportColumn.quantity("carats", "Carats").totalledBy("sum(r.carats)"))
                        .column(ReportColumn.text("color", "Color"))
                        .column(ReportColumn.text("clarity", "Clarity"))
                        .column(ReportColumn.text("lab", "Lab"))
                        .column(ReportColumn.text("cert_number", "Cert #"))
                        .column(ReportColumn.text("measurements", "Measurements").unsortable())
                        .column(ReportColumn.of("price_per_carat", "$/ct", ColumnKind.MONEY))
                        .column(ReportColumn.percent("rap_pct", "%/Rap").unsortable())
                        .column(ReportColumn.money("total", "Total"))
                        .defaultOrder("r.stock_number")
                        .id("item_id")
                        .build())
                .build();
    }
}
