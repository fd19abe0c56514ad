package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.util.Optional;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.MovementKind;
import com.jeweltrak.inventory.StockLedger;
import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoice lines made from memo lines (02-sales §Memos R5, R7; §Reversing a Memo Invoice case 1). The customer already
 * holds the units on approval, so they leave On Memo — not In Stock — when the line is made (a SALE movement with
 * documentType "INVOICE", valued by the invoice's own COGS at finalize) and the line is stock-committed from the start.
 * Taking units off such a line — removing it, lowering its quantity, voiding or deleting the invoice — puts them back
 * On Memo and lowers the memo line's QtyInvoiced (R2); payments are never touched (R8). The invoice use cases call
 * this collaborator; for a line that did not come from a memo it does nothing and says so.
 */
@Component
public class MemoSourcedLines {

    /** What a memo line hands to the invoice: its item (null: misc line), price, and the adjustment for these units. */
    public record FromMemo(long memoId, String memoNumber, long memoLine, ItemId item, String description,
                           BigDecimal quantity, BigDecimal unitPrice, BigDecimal adjustment) {
    }

    private final InvoiceWork work;
    private final Items items;
    private final StockLedger ledger;
    private final JdbcClient jdbc;

    MemoSourcedLines(InvoiceWork work, Items items, StockLedger ledger, JdbcClient jdbc) {
        this.work = work;
        this.items = items;
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    /**
     * Adds the memo line's units to an Open invoice (the caller holds the memo's lock and checked the units are out).
     * QtyInvoiced rises and On Memo falls at once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long add(InvoiceId id, FromMemo from) {
        Invoice invoice = work.lockInOpenPeriod(id);
        invoice.checkLinesEditable();
        boolean isItem = from.item() != null;
        boolean taxable = true;
        BigDecimal cost = BigDecimal.ZERO;
        if (isItem) {
            Item item = items.get(from.item());
            invoice.checkItemNotOnIt(item.id(), Long.toString(item.stockNumber()));
            taxable = item.taxable();
            cost = item.cost() == null ? BigDecimal.ZERO : item.cost();
        }
        LineRules.checkNumbers(from.quantity(), from.unitPrice(), from.adjustment());
        long line = jdbc.sql("""
                        insert into invoice_line (tenant_id, invoice_id, kind, item_id, description, quantity, unit_price,
                                                  adjustment, taxable, cost, stock_committed, memo_line_id)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(id.value(), (isItem ? LineKind.ITEM : LineKind.NON_STOCK).name(),
                        isItem ? from.item().value() : null, from.description(), from.quantity(), from.unitPrice(),
                        from.adjustment(), taxable, cost, isItem, from.memoLine())
                .query(Long.class).single();
        invoiced(from.memoLine(), from.quantity());
        if (isItem) {
            ledger.record(from.item(), new StockLedger.Movement(MovementKind.SALE, BigDecimal.ZERO, from.quantity().negate(),
                    null, "Invoiced from memo " + from.memoNumber() + " on invoice " + invoice.numberText(), "INVOICE",
                    id.value()));
        }
        work.publish(new MemoInvoicingChanged(from.memoId()));
        work.keepFigures(id);
        return line;
    }

    /** The memo line an invoice line was made from, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> memoLineOf(long invoiceLine) {
        return jdbc.sql("select memo_line_id from invoice_line where id = ? and memo_line_id is not null")
                .param(invoiceLine).query(Long.class).optional();
    }

    /** The memo a line came from, as the invoice page links it. */
    public record MemoSource(long memoId, long memoNumber) {
    }

    /** Of the invoice's lines made from memo lines: line id → the memo (§Reversing R1: where the line came from). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, MemoSource> sourcesOf(InvoiceId invoice) {
        java.util.Map<Long, MemoSource> sources = new java.util.HashMap<>();
        jdbc.sql("""
                        select il.id, m.id, m.number from invoice_line il
                        join memo_line l on l.tenant_id = il.tenant_id and l.id = il.memo_line_id
                        join memo m on m.tenant_id = l.tenant_id and m.id = l.memo_id
                        where il.invoice_id = ?""")
                .param(invoice.value())
                .query(rs -> {
                    sources.put(rs.getLong(1), new MemoSource(rs.getLong(2), rs.getLong(3)));
                });
        return sources;
    }

    /**
     * §Reversing R2: {@code quantity} units of the line go back On Memo and the memo line's QtyInvoiced falls. False,
     * and nothing done, when the line did not come from a memo.
     */
    boolean unwind(Invoice invoice, InvoiceLine line, BigDecimal quantity) {
        Optional<Long> memoLine = memoLineOf(line.id());
        if (memoLine.isEmpty()) return false;
        if (quantity.signum() == 0) return true;
        long memo = lockMemo(memoLine.get());
        invoiced(memoLine.get(), quantity.negate());
        if (line.stockCommitted()) {
            ledger.record(line.item(), new StockLedger.Movement(MovementKind.SALE_RETURN, BigDecimal.ZERO, quantity, null,
                    "Back on memo from invoice " + invoice.numberText(), "INVOICE", invoice.id().value()));
        }
        work.publish(new MemoInvoicingChanged(memo));
        return true;
    }

    /**
     * The line's quantity changes (Open invoice): fewer units go back On Memo (R2); more units are invoiced from the
     * memo line, at most what is still out on it (§Memos R7). False when the line did not come from a memo.
     */
    boolean change(Invoice invoice, InvoiceLine line, BigDecimal quantity) {
        Optional<Long> memoLine = memoLineOf(line.id());
        if (memoLine.isEmpty()) return false;
        BigDecimal more = quantity.subtract(line.quantity());
        if (more.signum() <= 0) return unwind(invoice, line, more.negate());
        long memo = lockMemo(memoLine.get());
        BigDecimal out = jdbc.sql("select quantity - qty_returned - qty_invoiced from memo_line where id = ?")
                .param(memoLine.get()).query(BigDecimal.class).single();
        if (more.compareTo(out) > 0) {
            throw new BusinessRuleViolated("quantity", line.description() + ": only "
                    + out.stripTrailingZeros().toPlainString() + " more is out on the memo.");
        }
        invoiced(memoLine.get(), more);
        if (line.stockCommitted()) {
            ledger.record(line.item(), new StockLedger.Movement(MovementKind.SALE, BigDecimal.ZERO, more.negate(), null,
                    "Quantity changed on invoice " + invoice.numberText(), "INVOICE", invoice.id().value()));
        }
        work.publish(new MemoInvoicingChanged(memo));
        return true;
    }

    /** The memo row locked, as its own use cases lock it: returns and invoicing on one memo happen one after the other. */
    private long lockMemo(long memoLine) {
        return jdbc.sql("""
                        select m.id from memo m join memo_line l on l.tenant_id = m.tenant_id and l.memo_id = m.id
                        where l.id = ? for update of m""")
                .param(memoLine).query(Long.class).single();
    }

    private void invoiced(long memoLine, BigDecimal quantity) {
        jdbc.sql("update memo_line set qty_invoiced = qty_invoiced + ? where id = ?").params(quantity, memoLine).update();
    }
}
