package com.jeweltrak.accounting.posting;

import com.jeweltrak.accounting.Journal;
import com.jeweltrak.accounting.Posting;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.sales.PaymentApplied;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 08-accounting §Applying Payments R2–R5: part of a receipt now pays an invoice. The money is in the customer's AR
 * already (as credit), so the entry nets to zero — Dr AR / Cr AR, the customer on both lines — and says, about the
 * invoice, that it is paid by so much (what Tax Collected reads: the entry's AR credit).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PostingPaymentApplied {

    private final Journal journal;

    PostingPaymentApplied(Journal journal) {
        this.journal = journal;
    }

    @EventListener
    void on(PaymentApplied event) {
        Postings.requireSameTenant(event.tenant());
        journal.post(Posting.of(event.date(), event.store(), Postings.PAYMENT, event.application().value(), null,
                        Postings.PAYMENT_APPLIED, "Payment on account #" + event.payment() + " applied to invoice id "
                                + event.invoice().value())
                .aboutInvoice(event.invoice().value())
                .debit(SystemAccount.AR, event.amount(), event.customer())
                .credit(SystemAccount.AR, event.amount(), event.customer()));
    }
}
