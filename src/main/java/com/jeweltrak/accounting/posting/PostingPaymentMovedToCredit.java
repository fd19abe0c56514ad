package com.jeweltrak.accounting.posting;

import com.jeweltrak.accounting.Journal;
import com.jeweltrak.accounting.Posting;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.sales.PaymentMovedToCredit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 08-accounting §Applying Payments R8: credit on account is unapplied payment money, which §AR counts in the customer's
 * AR balance (as a credit). A deposit held on an Open invoice therefore moves into AR. A Finalized invoice's payment is
 * already there — the invoice owes more and the customer has as much credit — so its entry moves the amount from the
 * invoice's AR to the customer's unapplied AR: no net change, but the journal says the payment no longer pays that
 * invoice, which is what Tax Collected reads.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PostingPaymentMovedToCredit {

    private final Journal journal;

    PostingPaymentMovedToCredit(Journal journal) {
        this.journal = journal;
    }

    @EventListener
    void on(PaymentMovedToCredit event) {
        Postings.requireSameTenant(event.tenant());
        SystemAccount from = event.heldAsDeposit() ? SystemAccount.CUSTOMER_DEPOSITS : SystemAccount.AR;
        journal.post(Posting.of(event.date(), event.store(), Postings.PAYMENT, event.payment().value(), null,
                        Postings.PAYMENT_MOVED_TO_CREDIT, "Payment on invoice id " + event.invoice().value()
                                + " moved to credit on account")
                .aboutInvoice(event.invoice().value())
                .debit(from, event.amount(), event.customer())
                .credit(SystemAccount.AR, event.amount(), event.customer()));
    }
}
