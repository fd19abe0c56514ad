package com.jeweltrak.accounting.posting;

import com.jeweltrak.accounting.Journal;
import com.jeweltrak.sales.PaymentVoided;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 08-accounting §Voiding Payments, Period Close R2: the payment's entry is reversed on the date the event gives —
 * the open period, even when the payment itself lies in a closed one.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PostingPaymentVoided {

    private final Journal journal;

    PostingPaymentVoided(Journal journal) {
        this.journal = journal;
    }

    @EventListener
    void on(PaymentVoided event) {
        Postings.requireSameTenant(event.tenant());
        journal.latestStanding(Postings.PAYMENT, event.payment().value(), Postings.PAYMENT_RECEIVED)
                .ifPresent(entry -> journal.reverse(entry, event.date(), "Payment voided"));
    }
}
