package com.jeweltrak.accounting.posting;

import com.jeweltrak.accounting.Journal;
import com.jeweltrak.accounting.Posting;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.sales.CustomerPaymentVoided;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 08-accounting §Voiding Payments R4, Period Close R2: the receipt's entry is reversed on the void date — the open
 * period, even when the payment lies in a closed one. A receipt made from an invoice payment moved to credit has no
 * entry of its own (the money was posted on the invoice payment): its void takes the money back out of the tender's
 * account against the customer's AR. The applications are reversed by their own {@code PaymentVoided}.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PostingCustomerPaymentVoided {

    private final Journal journal;

    PostingCustomerPaymentVoided(Journal journal) {
        this.journal = journal;
    }

    @EventListener
    void on(CustomerPaymentVoided event) {
        Postings.requireSameTenant(event.tenant());
        if (!event.fromMovedPayment()) {
            journal.latestStanding(Postings.CUSTOMER_PAYMENT, event.payment().value(), Postings.PAYMENT_RECEIVED_ON_ACCOUNT)
                    .ifPresent(entry -> journal.reverse(entry, event.date(), "Payment on account voided"));
            return;
        }
        journal.post(Posting.of(event.date(), event.store(), Postings.CUSTOMER_PAYMENT, event.payment().value(),
                        event.payment().toString(), Postings.CUSTOMER_PAYMENT_VOIDED,
                        "Payment on account #" + event.payment() + " voided (credit from a moved payment)")
                .debit(SystemAccount.AR, event.amount(), event.customer())
                .credit(Postings.tenderAccount(event.method()), event.amount()));
    }
}
