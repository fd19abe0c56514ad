package com.jeweltrak.sales;

import java.math.BigDecimal;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.MovementKind;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.inventory.StockLedger;
import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pieces taken in trade (02-sales §Trade-In Negotiation R5): finalizing an invoice receives each trade-in line's piece
 * as a new item of the invoice's store at its Trade Actual Value, linked from the line; reopening or voiding it takes the
 * piece out of stock again and unlinks it (a re-finalize receives it anew at the value then on the line). Both movements
 * name the invoice (document type INVOICE): the invoice's journal entry values them, not the stock posting rules.
 */
@Component
class TradeInStock {

    private final ReceivingAnItem receiving;
    private final StockLedger ledger;
    private final Items items;
    private final JdbcClient jdbc;

    TradeInStock(ReceivingAnItem receiving, StockLedger ledger, Items items, JdbcClient jdbc) {
        this.receiving = receiving;
        this.ledger = ledger;
        this.items = items;
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void receive(Invoice invoice) {
        for (InvoiceLine line : invoice.lines()) {
            if (!line.isTradeIn() || line.tradeIn().item() != null) continue;
            Family family = Family.valueOf(line.tradeIn().family());
            Item draft = new Item(null, 0, invoice.store(), line.tradeIn().category(), null, line.description(),
                    new Item.Identifiers(null, null, null, "Taken in trade on invoice " + invoice.numberText()), true,
                    invoice.date(), line.cost(), null, null, TradeIns.noDetails(family));
            ItemId item = receiving.receive(draft, NewStock.one(), "Taken in trade on invoice " + invoice.numberText(),
                    "INVOICE", invoice.id().value());
            jdbc.sql("update invoice_line set trade_in_item_id = ? where id = ?").params(item.value(), line.id()).update();
        }
    }

    /** The traded-in pieces leave stock again; refused, naming the piece, if it was sold or moved meanwhile. */
    @Transactional(propagation = Propagation.MANDATORY)
    void takeBack(Invoice invoice, String why) {
        for (InvoiceLine line : invoice.lines()) {
            if (!line.isTradeIn() || line.tradeIn().item() == null) continue;
            ItemId itemId = line.tradeIn().item();
            Item item = items.get(itemId);
            // on another live invoice (even not yet finalized) or not all here any more (sold, on memo, adjusted)
            boolean elsewhere = jdbc.sql("""
                            select exists (select 1 from invoice_line l join invoice i on i.tenant_id = l.tenant_id
                                           and i.id = l.invoice_id where l.item_id = ? and i.status <> 'VOIDED')""")
                    .param(itemId.value()).query(Boolean.class).single();
            if (elsewhere || item.quantities().inStock().compareTo(BigDecimal.ONE) != 0
                    || item.quantities().onMemo().signum() != 0 || !item.store().equals(invoice.store())) {
                throw new TradeInMovedOn(item.stockId());
            }
            ledger.record(itemId, new StockLedger.Movement(MovementKind.RECEIVE, BigDecimal.ONE.negate(), null, null,
                    "Trade-in taken back: " + why, "INVOICE", invoice.id().value()));
            jdbc.sql("update invoice_line set trade_in_item_id = null where id = ?").param(line.id()).update();
        }
    }

    /** The piece taken in trade has been sold, put on memo, moved or adjusted since: undoing the trade would lose it. */
    static class TradeInMovedOn extends BusinessRuleViolated {
        TradeInMovedOn(String stockId) {
            super("invoice", "The piece taken in trade, StockID " + stockId
                    + ", has been sold, put on memo or moved since; undo that first, then this invoice can be reopened or voided.");
        }
    }
}
