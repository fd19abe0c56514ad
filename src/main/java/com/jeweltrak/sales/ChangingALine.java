package com.jeweltrak.sales;

import java.math.BigDecimal;

import com.jeweltrak.inventory.MovementKind;
import com.jeweltrak.inventory.StockLedger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a line of an Open invoice (02-sales §Finalize R2). A field left out keeps its value — so an Adjustment someone
 * else gave survives an edit by a person who may not see it (§Adjustment R5). A line whose item is committed (the
 * invoice was finalized, then reopened) moves the difference in quantity through the stock ledger at once.
 */
@Component
public class ChangingALine {

    public record Request(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal adjustment,
                          Boolean taxable) {
    }

    private final InvoiceWork work;
    private final StockLedger ledger;
    private final JdbcClient jdbc;
    private final ReturnableLines returnable;
    private final ChangingATradeIn tradeIns;
    private final MemoSourcedLines memoSourced;

    ChangingALine(InvoiceWork work, StockLedger ledger, JdbcClient jdbc, ReturnableLines returnable,
                  MemoSourcedLines memoSourced, ChangingATradeIn tradeIns) {
        this.memoSourced = memoSourced;
        this.tradeIns = tradeIns;
        this.work = work;
        this.returnable = returnable;
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    @Transactional
    public void change(InvoiceId id, long lineId, Request r) {
        Invoice invoice = work.lockInOpenPeriod(id);
        invoice.checkLinesEditable();
        InvoiceLine line = invoice.line(lineId);
        if (line.isReturn()) {
            changeReturn(invoice, line, r);
            work.keepFigures(id);
            return;
        }
        if (line.isTradeIn()) {
            // a trade-in's price is its credit; its own fields are ChangingATradeIn's (02-sales §Trade-In)
            if (r.quantity() != null && r.quantity().compareTo(BigDecimal.ONE) != 0) {
                throw new com.jeweltrak.platform.BusinessRuleViolated("quantity", "A trade-in line is one piece.");
            }
            if (r.adjustment() != null && r.adjustment().signum() != 0) {
                throw new com.jeweltrak.platform.BusinessRuleViolated("adjustment", "A trade-in line has no adjustment.");
            }
            tradeIns.change(id, lineId, new ChangingATradeIn.Request(r.description(), null, null, r.unitPrice(), null,
                    r.taxable()));
            return;
        }
        if (line.kind() == LineKind.GIFT_CARD) checkGiftCard(r);
        line.checkTaxable(r.taxable());
        BigDecimal quantity = r.quantity() == null ? line.quantity() : r.quantity();
        AdjustmentPolicy policy = work.adjustmentPolicy();
        // only an item line has a price of its own to keep to; a typed line's price is the user's to change, and so is
        // a partner settlement's: what the partner remits (Partnerships R11)
        BigDecimal unitPrice = line.kind() == LineKind.ITEM && !line.partnerSettlement()
                ? policy.unitPriceToSave(line.unitPrice(), r.unitPrice())
                : r.unitPrice() == null ? line.unitPrice() : r.unitPrice();
        BigDecimal adjustment = policy.adjustmentToSave(line.adjustment(), r.adjustment());
        String description = r.description() == null || r.description().isBlank() ? line.description() : r.description().strip();
        LineRules.checkNumbers(quantity, unitPrice, adjustment);
        returnable.checkKeeps(invoice, line, quantity);
        // the Trade Concession stays within the line amount (02-sales §Trade-In R6)
        TradeIns.checkConcession(line.kind(), false, quantity.multiply(unitPrice).subtract(adjustment), line.tradeConcession());
        moveCommitted(invoice, line, quantity);
        jdbc.sql("""
                        update invoice_line set description = ?, quantity = ?, unit_price = ?, adjustment = ?, taxable = ?
                        where id = ? and invoice_id = ?""")
                .params(description, quantity, unitPrice, adjustment, r.taxable() == null ? line.taxable() : r.taxable(),
                        lineId, id.value())
                .update();
        work.keepFigures(id);
    }

    /**
     * A return line (02-sales §Returns R10, R12): only its quantity (the units coming back, within what was sold minus
     * what already came back) and description change; price, cost, tax rates stay the source's, and the Adjustment
     * follows the quantity, pro-rated again from the source line.
     */
    private void changeReturn(Invoice invoice, InvoiceLine line, Request r) {
        Invoice source = work.invoices.get(new InvoiceId(jdbc.sql("select invoice_id from invoice_line where id = ? for update")
                .param(line.sourceLine()).query(Long.class).single()));
        InvoiceLine sold = source.line(line.sourceLine());
        BigDecimal units = r.quantity() == null ? line.quantity().abs() : r.quantity().abs();
        ReturnableLines.checkCap(units, sold, source.numberText(), returnable.returnedExcept(sold.id(), line.id()));
        SaleLine back = SaleLine.returning(units, sold.asSale(), line.sourceTax(), line.taxable());
        String description = r.description() == null || r.description().isBlank() ? line.description() : r.description().strip();
        moveCommitted(invoice, line, back.qty());
        jdbc.sql("update invoice_line set description = ?, quantity = ?, adjustment = ? where id = ? and invoice_id = ?")
                .params(description, back.qty(), back.adjustment(), line.id(), invoice.id().value())
                .update();
        jdbc.sql("update invoice_line set trade_concession = ? where id = ?")
                .params(TradeIns.returnedConcession(sold, back.qty()), line.id()).update();
    }

    /** A committed line (finalized, then reopened) moves the difference through the stock ledger at once. */
    private void moveCommitted(Invoice invoice, InvoiceLine line, BigDecimal quantity) {
        // a line made from a memo line moves On Memo and QtyInvoiced instead (02-sales §Reversing R2, §Memos R7)
        if (memoSourced.change(invoice, line, quantity)) return;
        BigDecimal more = quantity.subtract(line.quantity());
        if (line.stockCommitted() && more.signum() != 0) {
            ledger.record(line.item(), new StockLedger.Movement(more.signum() > 0 ? MovementKind.SALE : MovementKind.SALE_RETURN,
                    more.negate(), null, null, "Quantity changed on invoice " + invoice.numberText(), "INVOICE",
                    invoice.id().value()));
        }
    }

    /** 08-accounting §Gift Cards R8: a gift-card line is one card at an amount above 0, never taxed or discounted. */
    private static void checkGiftCard(Request r) {
        if (r.quantity() != null && r.quantity().compareTo(BigDecimal.ONE) != 0) {
            throw new com.jeweltrak.platform.BusinessRuleViolated("quantity", "A gift-card line is one card.");
        }
        if (r.adjustment() != null && r.adjustment().signum() != 0) {
            throw new com.jeweltrak.platform.BusinessRuleViolated("adjustment", "A gift card is never discounted.");
        }
        if (Boolean.TRUE.equals(r.taxable())) {
            throw new com.jeweltrak.platform.BusinessRuleViolated("taxable", "A gift card is never taxable.");
        }
        if (r.unitPrice() != null && r.unitPrice().signum() <= 0) {
            throw new com.jeweltrak.platform.BusinessRuleViolated("unitPrice", "Enter the card's amount, more than 0.");
        }
    }
}
