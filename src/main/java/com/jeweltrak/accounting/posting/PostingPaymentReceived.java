package com.jeweltrak.accounting.posting;

import com.jeweltrak.accounting.Journal;
import com.jeweltrak.accounting.Posting;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.sales.PaymentReceived;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 08-accounting §Applying Payments: the tender's account is debited; a finalized invoice's payment reduces AR, an
 * Open invoice's is held as a customer deposit until the invoice is finalized (see {@code InvoiceFinalized#paidBefore}).
 * A refund (02-sales §Returns R5) is the same row with a negative amount, so the same entry turns round: the tender's
 * account is credited and AR (or the deposits while Open) debited. Store credit (08 §Store Credits R12) is a liability
 * to one customer: its line names the customer, so {@code Books.storeCredit(customer)} reads it per customer — issued
 * (refund): Dr AR-or-deposits / Cr Store credit; used (payment): Dr Store credit / Cr AR-or-deposits.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PostingPaymentReceived {

    private final Journal journal;

    PostingPaymentReceived(Journal journal) {
        this.journal = journal;
    }

    @EventListener
    void on(PaymentReceived event) {
        Postings.requireSameTenant(event.tenant());
        // 03-services §3 R7, R12: a work-order deposit applied to an Open invoice stays where it is, in Customer
        // deposits, like any payment of an Open invoice: a transfer, no entry (finalizing moves it against AR)
        boolean deposit = event.method() == com.jeweltrak.sales.PaymentMethod.DEPOSIT;
        if (deposit && !event.invoiceFinalized()) return;
        SystemAccount against = event.invoiceFinalized() ? SystemAccount.AR : SystemAccount.CUSTOMER_DEPOSITS;
        String method = event.methodName() == null ? event.method().name() : event.methodName();
        journal.post(Posting.of(event.date(), event.store(), Postings.PAYMENT, event.payment().value(), null,
                        Postings.PAYMENT_RECEIVED, method + (event.amount().signum() < 0 ? " refund" : " payment") + " on invoice id " + event.invoice().value())
                .aboutInvoice(event.invoice().value())
                .debit(Postings.tenderAccount(event.method()), event.amount(),
                        event.method() == com.jeweltrak.sales.PaymentMethod.STORE_CREDIT || deposit ? event.customer() : null)
                .credit(against, event.amount(), event.customer()));
    }
}
