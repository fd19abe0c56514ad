package com.jeweltrak.sales;

import java.math.BigDecimal;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A line on an Open invoice (02-sales §Finalize R2): an item by its StockID (its description, retail price, taxability
 * and cost filled in; the cost captured now), a non-stock article or a service. An item that is committed to another
 * invoice — sold, or reserved to a reopened one (decision 2) — or has too few in stock is refused now rather than at finalize.
 */
@Component
public class AddingALine {

    public record Request(LineKind kind, String stockId, String description, BigDecimal quantity, BigDecimal unitPrice,
                          BigDecimal adjustment, Boolean taxable, BigDecimal cost) {
    }

    private final InvoiceWork work;
    private final Items items;
    private final JdbcClient jdbc;
    private final com.jeweltrak.inventory.OutForService outForService;

    AddingALine(InvoiceWork work, Items items, JdbcClient jdbc, com.jeweltrak.inventory.OutForService outForService) {
        this.outForService = outForService;
        this.work = work;
        this.items = items;
        this.jdbc = jdbc;
    }

    @Transactional
    public long add(InvoiceId id, Request r) {
        Invoice invoice = work.lockInOpenPeriod(id);
        invoice.checkLinesEditable();
        if (r.kind() == null) throw new BusinessRuleViolated("kind", "Say what the line is: ITEM, NON_STOCK or SERVICE.");
        if (r.kind() == LineKind.TRADE_IN) {
            throw new BusinessRuleViolated("kind", "A trade-in line is added with its own fields (family, credit, actual value).");
        }
        if (r.kind() == LineKind.GIFT_CARD) {
            throw new BusinessRuleViolated("kind", "A gift card is added with its number and amount (SellingAGiftCard).");
        }
        BigDecimal quantity = r.quantity() == null ? BigDecimal.ONE : r.quantity();
        AdjustmentPolicy policy = work.adjustmentPolicy();
        BigDecimal adjustment = policy.adjustmentToSave(BigDecimal.ZERO, r.adjustment());
        String description = r.description() == null || r.description().isBlank() ? null : r.description().strip();
        BigDecimal unitPrice = r.unitPrice();
        boolean taxable = r.taxable() == null || r.taxable();
        BigDecimal cost = r.cost() == null ? BigDecimal.ZERO : r.cost();
        Long itemId = null;
        if (r.kind() == LineKind.ITEM) {
            Item item = items.findByStockId(r.stockId() == null ? "" : r.stockId().strip())
                    .orElseThrow(() -> new NoSuchStockId(r.stockId()));
            String stockId = Long.toString(item.stockNumber());
            invoice.checkItemNotOnIt(item.id(), stockId);
            // 03-services §11 R5: an open invoice reserves the item before any stock moves, so it asks here
            if (quantity.signum() > 0) outForService.refuseIfOut(item.id(), "stockId");
            if (item.quantities().inStock().compareTo(quantity) < 0) {
                throw work.invoices.committedElsewhere(item.id(), id)
                        .<RuntimeException>map(other -> new ItemSoldElsewhere(stockId, other, false))
                        .orElseGet(() -> new BusinessRuleViolated("quantity", "StockID " + stockId + " has "
                                + item.quantities().inStock().stripTrailingZeros().toPlainString() + " in stock."));
            }
            BigDecimal listed = item.prices().retail() != null ? item.prices().retail() : item.prices().price1();
            if (unitPrice == null) unitPrice = listed == null ? BigDecimal.ZERO : listed;
            else unitPrice = policy.unitPriceToSave(listed, unitPrice);
            if (description == null) description = item.description() != null ? item.description() : item.category();
            if (r.taxable() == null) taxable = item.taxable();
            cost = item.cost() == null ? BigDecimal.ZERO : item.cost();
            itemId = item.id().value();
        } else if (description == null) {
            throw new BusinessRuleViolated("description", "Describe what is sold.");
        }
        if (unitPrice == null) throw new BusinessRuleViolated("unitPrice", "Enter the unit price.");
        LineRules.checkNumbers(quantity, unitPrice, adjustment);
        long line = jdbc.sql("""
                        insert into invoice_line (tenant_id, invoice_id, kind, item_id, description, quantity, unit_price,
                                                  adjustment, taxable, cost)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(id.value(), r.kind().name(), itemId, description == null ? "Item" : description, quantity, unitPrice,
                        adjustment, taxable, cost)
                .query(Long.class).single();
        work.keepFigures(id);
        return line;
    }
}
