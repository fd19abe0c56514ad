package com.jeweltrak.sales;

import java.time.Instant;

import com.jeweltrak.inventory.MovementKind;
import com.jeweltrak.inventory.NotEnoughStock;
import com.jeweltrak.inventory.StockLedger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open → Finalized (02-sales §Finalize R4): the lines lock, the items are committed — a SALE movement per item line not
 * already committed (a re-finalize after a reopen moves only what was added meanwhile) — and {@link InvoiceFinalized}
 * tells the books, all in one transaction. Two invoices holding the same one-of-a-kind item finalized at once: the
 * ledger's conditional update lets one through; the other is refused naming the invoice that sold it.
 */
@Component
public class FinalizingAnInvoice {

    private final InvoiceWork work;
    private final StockLedger ledger;
    private final JdbcClient jdbc;
    private final WholesaleExemption wholesale;
    private final java.time.Clock clock;
    private final TradeInStock tradeIns;
    private final ApplyingCreditOnAccount credit;
    private final GiftCards giftCards;
    FinalizingAnInvoice(InvoiceWork work, StockLedger ledger, JdbcClient jdbc, java.time.Clock clock,
                        WholesaleExemption wholesale,
                        TradeInStock tradeIns, ApplyingCreditOnAccount credit, GiftCards giftCards) {
        this.giftCards = giftCards;
        this.credit = credit;
        this.tradeIns = tradeIns;
        this.wholesale = wholesale;
        this.work = work;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void finalizeInvoice(InvoiceId id) {
        work.lockInOpenPeriod(id).checkFinalizable();
        // a certificate may have been added or have lapsed since the invoice was opened
        wholesale.refresh(id);
        Invoice invoice = work.invoices.get(id);
        // Partnerships R11: a settlement line's price is what the partner remits — it cannot go out at 0.00
        if (invoice.lines().stream().anyMatch(l -> l.partnerSettlement() && l.unitPrice().signum() == 0)) {
            throw new com.jeweltrak.platform.BusinessRuleViolated("unitPrice", InvoiceLine.ENTER_REMITTED);
        }
        for (InvoiceLine line : invoice.lines()) {
            if (line.kind() != LineKind.ITEM || line.stockCommitted()) continue;
            try {
                // a return line (negative quantity) brings its item back into stock (02-sales §Returns R9)
                ledger.record(line.item(), new StockLedger.Movement(line.isReturn() ? MovementKind.SALE_RETURN : MovementKind.SALE,
                        line.quantity().negate(), null, null, (line.isReturn() ? "Returned on invoice " : "Sold on invoice ")
                        + invoice.numberText(), "INVOICE", id.value()));
            } catch (NotEnoughStock e) {
                throw work.invoices.committedElsewhere(line.item(), id)
                        .<RuntimeException>map(other -> new ItemSoldElsewhere(line.stockId(), other, true)).orElse(e);
            }
            work.invoices.markCommitted(line.id(), true);
        }
        // pieces taken in trade come into stock at their actual value (02-sales §Trade-In R5)
        tradeIns.receive(invoice);
        // gift cards sold on it are issued (or reloaded) now (08-accounting §Gift Cards R1, R7)
        giftCards.issueFor(invoice, work.now(), work.actor() == null ? null : work.actor().value());
        jdbc.sql("update invoice set status = 'FINALIZED', finalized_at = ?, finalized_by = ? where id = ?")
                .params(java.sql.Timestamp.from(Instant.now(clock)), work.actor() == null ? null : work.actor().value(),
                        id.value())
                .update();
        work.publish(new InvoiceFinalized(work.tenant(), id, invoice.numberText(), invoice.store(), invoice.date(),
                invoice.customer(), invoice.amounts(), invoice.paid()));
        work.followBalance(invoice);
        // 08-accounting §Applying Payments R4, R7, §Store Credits R3: what the customer holds pays what is still owed
        credit.whenFinalized(id);
    }
}
