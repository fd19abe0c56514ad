package com.jeweltrak.sales;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finalized → Open (02-sales §Finalize R6, R12; decision 2): the lines unlock, no stock moves — the items stay committed,
 * so they are reserved to this invoice and cannot be added to another — and the books withdraw it from AR
 * ({@link InvoiceReopened}); payments taken since it was finalized stay on it. No special permission (R6).
 */
@Component
public class ReopeningAnInvoice {

    private final InvoiceWork work;
    private final TradeInStock tradeIns;
    private final GiftCards giftCards;
    ReopeningAnInvoice(InvoiceWork work,
                       TradeInStock tradeIns, GiftCards giftCards) {
        this.giftCards = giftCards;
        this.tradeIns = tradeIns;
        this.work = work;
    }

    @Transactional
    public void reopen(InvoiceId id) {
        Invoice invoice = work.lockInOpenPeriod(id);
        invoice.checkReopenable();
        BigDecimal paidSinceFinalize = invoice.appliedPayments().stream()
                .filter(p -> p.createdAt().isAfter(invoice.finalizedAt()))
                .map(InvoicePayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        // a piece taken in trade leaves stock while the invoice is open again; a re-finalize receives it anew
        tradeIns.takeBack(invoice, "invoice " + invoice.numberText() + " reopened");
        // gift cards it sold are voided until it is finalized again; refused once spent (08 §Gift Cards R7)
        giftCards.withdrawFor(invoice, work.now());
        work.invoices.setStatus(id, InvoiceStatus.OPEN);
        work.publish(new InvoiceReopened(work.tenant(), id, work.today(invoice.store()), paidSinceFinalize,
                invoice.paid()));
        work.followBalance(invoice);
    }
}
