package com.jeweltrak.sales;

import java.math.BigDecimal;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.StoreId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sell to Partner (02-sales §Partnerships R11): a draft invoice to the selling partner (who gets the Customer role — a
 * partner buys here) with one settlement line for the co-owned item — quantity 1, price left for what the partner
 * remits (finalize requires it), never taxable (the partner is the merchant of record and owes the tax), and cost the
 * partnership basis, fixed: the invoice's COGS values the store's share only. Partnerships calls it; sales knows
 * nothing of partnerships. An item committed to another invoice is refused as any sale is ({@link ItemSoldElsewhere}).
 */
@Component
public class SettlingWithAPartner {

    private final OpeningAnInvoice opening;
    private final InvoiceWork work;
    private final Items items;
    private final JdbcClient jdbc;

    SettlingWithAPartner(OpeningAnInvoice opening, InvoiceWork work, Items items, JdbcClient jdbc) {
        this.opening = opening;
        this.work = work;
        this.items = items;
        this.jdbc = jdbc;
    }

    @Transactional
    public InvoiceId open(StoreId store, ContactId partner, ItemId item, BigDecimal basisCost, String note) {
        if (partner == null) throw new BusinessRuleViolated("customerId", "Choose the selling partner.");
        if (basisCost == null || basisCost.signum() < 0) {
            throw new BusinessRuleViolated("cost", "The settlement's cost (the store's basis) is 0 or more.");
        }
        Item piece = items.get(item);
        String stockId = piece.stockId();
        if (piece.quantities().inStock().compareTo(BigDecimal.ONE) < 0) {
            throw work.invoices.committedElsewhere(item, new InvoiceId(0))
                    .<RuntimeException>map(other -> new ItemSoldElsewhere(stockId, other, false))
                    .orElseGet(() -> new BusinessRuleViolated("stockId", "StockID " + stockId + " is not in stock."));
        }
        jdbc.sql("""
                        select i.number from invoice_line l join invoice i on i.tenant_id = l.tenant_id and i.id = l.invoice_id
                        where l.item_id = ? and i.status = 'OPEN' order by i.id limit 1""")
                .param(item.value()).query(Long.class).optional().ifPresent(open -> {
                    throw new BusinessRuleViolated("stockId", "StockID " + stockId + " is on open invoice " + open
                            + "; remove it there first.");
                });
        InvoiceId id = opening.open(new OpeningAnInvoice.Request(store, partner, null, null, null, note, null, null, false));
        jdbc.sql("""
                        insert into invoice_line (tenant_id, invoice_id, kind, item_id, description, quantity, unit_price,
                                                  adjustment, taxable, cost, partner_settlement)
                        values (jt_current_tenant(), ?, 'ITEM', ?, ?, 1, 0, 0, false, ?, true)""")
                .params(id.value(), item.value(), piece.description() != null ? piece.description() : piece.category(),
                        basisCost)
                .update();
        work.keepFigures(id);
        return id;
    }
}
