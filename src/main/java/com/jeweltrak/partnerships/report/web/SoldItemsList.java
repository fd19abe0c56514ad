package com.jeweltrak.partnerships.report.web;

import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.function.Function;

import com.jeweltrak.partnerships.report.SoldPartnershipItem;
import com.jeweltrak.partnerships.report.SoldPartnershipItems;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.lists.Column;
import com.jeweltrak.platform.lists.ListDefinition;
import com.jeweltrak.platform.lists.ListQuery;
import com.jeweltrak.platform.lists.ListSource;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.users.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Sold Partnership Items report (02-sales §Partnerships R17) as a platform list: paging, sorting, the Columns menu
 * and CSV/XLSX export come with it. Filters by partner, period and store are added per tenant ({@link SoldItemsFilters}).
 * Cost figures are withheld from anyone without CanViewCost, so an export cannot carry them either.
 */
@Configuration(proxyBeanMethods = false)
class SoldItemsList {

    static final String KEY = "partnerships.sold-items";

    @Bean
    ListDefinition<SoldPartnershipItem> soldPartnershipItemsListDefinition(SoldPartnershipItems rows) {
        return ListDefinition.builder(KEY, SoldPartnershipItem.class)
                .title("Sold Partnership Items")
                .pageUrl("/partnerships/sold-items")
                .permission(Permission.key("Invoices", "View"))
                .domIds("soldItemResults", "soldItemList")
                .column(Column.<SoldPartnershipItem>of("stockId", "Stock #", SoldPartnershipItem::stockId).identifying()
                        .sortedBy("it.stock_number").linkedTo(r -> "/inventory/items/" + r.item()))
                .column(Column.<SoldPartnershipItem>of("type", "Type", r -> r.family().label()).sortedBy("it.family"))
                .column(Column.<SoldPartnershipItem>of("description", "Description", SoldPartnershipItem::description)
                        .sortedBy("lower(coalesce(nullif(it.description, ''), it.category))"))
                .column(Column.<SoldPartnershipItem>of("invoice", "Invoice #", r -> Long.toString(r.invoiceNumber()))
                        .sortedBy("inv.number").linkedTo(r -> "/sales/invoices/" + r.invoice()))
                .column(Column.<SoldPartnershipItem>of("date", "Invoice date", SoldPartnershipItem::invoiceDate)
                        .sortedBy("inv.invoice_date", "s.id"))
                .column(Column.<SoldPartnershipItem>of("quantity", "Quantity", r -> plain(r.quantity())).right())
                .column(Column.<SoldPartnershipItem>of("carats", "Ct Wt", r -> plain(r.carats())).right().sortedBy("it.carats"))
                .column(costly("cost", "Cost", SoldPartnershipItem::cost).sortedBy(SoldPartnershipItems.COST_SQL))
                .column(costly("sellPrice", "Sell Price", SoldPartnershipItem::sellPrice).sortedBy(SoldPartnershipItems.SELL_SQL))
                .column(costly("grossProfit", "Gross Profit", SoldPartnershipItem::grossProfit)
                        .sortedBy(SoldPartnershipItems.SELL_SQL + " - " + SoldPartnershipItems.COST_SQL))
                .column(costly("pendingPayouts", "Pending Payouts", SoldPartnershipItem::pendingPayouts))
                .column(Column.<SoldPartnershipItem>of("partners", "Partners", SoldPartnershipItem::partners))
                .column(Column.<SoldPartnershipItem>of("status", "Status", SoldItemsList::status)
                        .badge(r -> r.owed() ? "text-bg-warning" : "text-bg-success").sortedBy("s.status")
                        .linkedTo(r -> r.reconciliation() == null ? null
                                : "/partnerships/reconciliations/" + r.reconciliation() + "/audit"))
                .defaultOrder("inv.invoice_date desc, s.id desc")
                .id("s.id", SoldPartnershipItem::sale)
                .peek(r -> "/peek/" + r.family().recordType() + "/" + r.item())
                .source(new ListSource<>() {
                    @Override
                    public Paged<SoldPartnershipItem> page(ListQuery query) {
                        return rows.page(query);
                    }

                    @Override
                    public void each(ListQuery query, Consumer<? super SoldPartnershipItem> row) {
                        rows.each(query, row);
                    }
                })
                .build();
    }

    static String status(SoldPartnershipItem r) {
        if (r.owed()) return "Owed";
        return "PartnerSold".equals(r.settlementType()) ? "Paid (partner sold)" : "Paid";
    }

    private static Column<SoldPartnershipItem> costly(String key, String label, Function<SoldPartnershipItem, BigDecimal> value) {
        return Column.<SoldPartnershipItem>of(key, label, r -> CurrentUser.get().filter(u -> u.can(Permission.CAN_VIEW_COST))
                .map(u -> money(value.apply(r))).orElse(null)).right();
    }

    static String money(BigDecimal amount) {
        return amount == null ? null : String.format("%,.2f", amount);
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }
}
