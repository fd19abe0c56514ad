package com.jeweltrak.sales;

import com.jeweltrak.inventory.MovementKind;
import com.jeweltrak.inventory.StockLedger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a line off an Open invoice (02-sales §Finalize R2). An item committed by an earlier finalize (the invoice was
 * reopened) goes back to stock now: it was reserved to this invoice only while it was on it.
 */
@Component
public class RemovingALine {

    private final InvoiceWork work;
    private final StockLedger ledger;
    private final JdbcClient jdbc;
    private final ReturnableLines returnable;
    private final MemoSourcedLines memoSourced;

    RemovingALine(InvoiceWork work, StockLedger ledger, JdbcClient jdbc, ReturnableLines returnable,
                  MemoSourcedLines memoSourced) {
        this.memoSourced = memoSourced;
        this.returnable = returnable;
        this.work = work;
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    @Transactional
    public void remove(InvoiceId id, long lineId) {
        Invoice invoice = work.lockInOpenPeriod(id);
        invoice.checkLinesEditable();
        InvoiceLine line = invoice.line(lineId);
        returnable.checkKeeps(invoice, line, java.math.BigDecimal.ZERO);
        // a line made from a memo line: its units go back On Memo (02-sales §Reversing R2)
        if (!memoSourced.unwind(invoice, line, line.quantity()) && line.stockCommitted()) {
            // a sale line's item comes back; a return line's item, brought back at finalize, goes out again
            ledger.record(line.item(), new StockLedger.Movement(line.isReturn() ? MovementKind.SALE : MovementKind.SALE_RETURN,
                    line.quantity(), null, null,
                    "Taken off invoice " + invoice.numberText(), "INVOICE", id.value()));
        }
        jdbc.sql("delete from invoice_line where id = ? and invoice_id = ?").params(lineId, id.value()).update();
        work.keepFigures(id);
    }
}
