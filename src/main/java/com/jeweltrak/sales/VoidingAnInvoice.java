package com.jeweltrak.sales;

import java.time.Instant;

import com.jeweltrak.inventory.MovementKind;
import com.jeweltrak.inventory.StockLedger;
import com.jeweltrak.platform.users.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finalized → Voided, for good (02-sales §Finalize R7, R8): needs CanVoidTransactions; refused while payments are applied
 * (decision 1: the message names refund, void the payment, or move it to credit on account). The sold items come back
 * (SALE_RETURN movements); the books reverse the sale ({@link InvoiceVoided}); who and when are stamped.
 */
@Component
public class VoidingAnInvoice {

    private final InvoiceWork work;
    private final StockLedger ledger;
    private final JdbcClient jdbc;
    private final java.time.Clock clock;
    private final ReturnableLines returnable;
    private final TradeInStock tradeIns;
    private final MemoSourcedLines memoSourced;
    private final GiftCards giftCards;

    VoidingAnInvoice(InvoiceWork work, StockLedger ledger, JdbcClient jdbc, java.time.Clock clock, ReturnableLines returnable,
                     MemoSourcedLines memoSourced, TradeInStock tradeIns, GiftCards giftCards) {
        this.giftCards = giftCards;
        this.memoSourced = memoSourced;
        this.tradeIns = tradeIns;
        this.returnable = returnable;
        this.work = work;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void voidInvoice(InvoiceId id) {
        work.require(Permission.CAN_VOID_TRANSACTIONS);
        Invoice invoice = work.lockInOpenPeriod(id);
        invoice.checkVoidable();
        invoice.lines().forEach(line -> returnable.checkKeeps(invoice, line, java.math.BigDecimal.ZERO));
        for (InvoiceLine line : invoice.lines()) {
            // a line made from a memo line: the customer still holds the units on approval, so they go back On Memo
            if (memoSourced.unwind(invoice, line, line.quantity())) {
                if (line.stockCommitted()) work.invoices.markCommitted(line.id(), false);
                continue;
            }
            if (!line.stockCommitted()) continue;
            // a sold item comes back; a returned one goes out again (refused, naming it, if it was sold on since)
            ledger.record(line.item(), new StockLedger.Movement(line.isReturn() ? MovementKind.SALE : MovementKind.SALE_RETURN,
                    line.quantity(), null, null,
                    "Invoice " + invoice.numberText() + " voided", "INVOICE", id.value()));
            work.invoices.markCommitted(line.id(), false);
        }
        tradeIns.takeBack(invoice, "invoice " + invoice.numberText() + " voided");
        // gift cards it sold are voided; refused once spent (08 §Gift Cards R7)
        giftCards.withdrawFor(invoice, java.time.Instant.now(clock));
        jdbc.sql("update invoice set status = 'VOIDED', voided_at = ?, voided_by = ? where id = ?")
                .params(java.sql.Timestamp.from(Instant.now(clock)), work.actor() == null ? null : work.actor().value(),
                        id.value())
                .update();
        work.publish(new InvoiceVoided(work.tenant(), id, work.today(invoice.store())));
        work.followBalance(invoice);
    }
}
