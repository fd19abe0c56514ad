package com.jeweltrak.accounting.posting;

import com.jeweltrak.accounting.Journal;
import com.jeweltrak.accounting.Posting;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.sales.PaymentReceivedOnAccount;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 08-accounting §Applying Payments: money received on account — Dr the tender's account / Cr the customer's AR, on the
 * payment's date, whatever it is applied to later (the applications move it within AR, see
 * {@link PostingPaymentApplied}); what stays unapplied is the customer's credit on account, inside AR (§AR).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PostingPaymentReceivedOnAccount {

    private final Journal journal;

    PostingPaymentReceivedOnAccount(Journal journal) {
        this.journal = journal;
    }

    @EventListener
    void on(PaymentReceivedOnAccount event) {
        Postings.requireSameTenant(event.tenant());
        String method = event.methodName() == null ? event.method().name() : event.methodName();
        journal.post(Posting.of(event.date(), event.store(), Postings.CUSTOMER_PAYMENT, event.payment().value(),
                        event.payment().toString(), Postings.PAYMENT_RECEIVED_ON_ACCOUNT,
                        method + " payment on account #" + event.payment())
                .debit(Postings.tenderAccount(event.method()), event.amount())
                .credit(SystemAccount.AR, event.amount(), event.customer()));
    }
}
