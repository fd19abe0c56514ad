package com.jeweltrak.accounting.posting;

import java.math.BigDecimal;

import com.jeweltrak.accounting.Journal;
import com.jeweltrak.accounting.Posting;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.sales.PaymentVoided;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 08-accounting §Voiding Payments, Period Close R2: the payment's entry is reversed on the date the event gives —
 * the open period, even when the payment itself lies in a closed one. The payment was posted against AR (invoice
 * finalized) or customer deposits (Open); finalizing or reopening the invoice since moved it to the other account
 * (decision 2: a Finalized invoice's payments are in AR, an Open one's are deposits). So when the invoice's state
 * changed since, the reversal is followed by an entry taking the amount from where it is now instead.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PostingPaymentVoided {

    static final String PAYMENT_VOID_RESTATED = "PAYMENT_VOID_RESTATED";

    private final Journal journal;
    private final JdbcClient jdbc;

    PostingPaymentVoided(Journal journal, JdbcClient jdbc) {
        this.journal = journal;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PaymentVoided event) {
        Postings.requireSameTenant(event.tenant());
        journal.latestStanding(Postings.PAYMENT, event.payment().value(), Postings.PAYMENT_RECEIVED).ifPresent(entry -> {
            journal.reverse(entry, event.date(), "Payment voided");
            restate(entry, event);
        });
        // an application of a payment on account (its receipt's void reverses the money itself)
        journal.latestStanding(Postings.PAYMENT, event.payment().value(), Postings.PAYMENT_APPLIED).ifPresent(entry -> {
            journal.reverse(entry, event.date(), "Payment on account voided: application reversed");
            restateApplication(entry, event);
        });
    }

    /**
     * An application paid the invoice from the customer's AR credit; reopening the invoice since moved it to customer
     * deposits (decision 2), so voiding it now takes it from there back to AR, where its voided receipt is reversed.
     */
    private void restateApplication(long entry, PaymentVoided event) {
        boolean finalizedNow = journal.latestStanding(Postings.INVOICE, event.invoice().value(),
                Postings.INVOICE_FINALIZED).isPresent();
        if (finalizedNow) return;
        var posted = jdbc.sql("""
                        select l.contact_id, l.credit, e.store_id from journal_line l
                        join account a on a.tenant_id = l.tenant_id and a.id = l.account_id
                        join journal_entry e on e.tenant_id = l.tenant_id and e.id = l.entry_id
                        where l.entry_id = ? and a.system_key = 'AR' and l.credit > 0""")
                .param(entry)
                .query((rs, n) -> new Object[]{rs.getObject(1, Long.class), rs.getBigDecimal(2), rs.getObject(3, Long.class)})
                .optional();
        if (posted.isEmpty()) return;
        ContactId customer = posted.get()[0] == null ? null : new ContactId((Long) posted.get()[0]);
        StoreId store = posted.get()[2] == null ? null : new StoreId((Long) posted.get()[2]);
        journal.post(Posting.of(event.date(), store, Postings.PAYMENT, event.payment().value(), null, PAYMENT_VOID_RESTATED,
                        "Voided application taken from customer deposits (the invoice was reopened since)")
                .aboutInvoice(event.invoice().value())
                .debit(SystemAccount.CUSTOMER_DEPOSITS, (BigDecimal) posted.get()[1], customer)
                .credit(SystemAccount.AR, (BigDecimal) posted.get()[1], customer));
    }

    /** Where the payment was posted (AR or deposits) against where the invoice's state keeps it now. */
    private void restate(long entry, PaymentVoided event) {
        var posted = jdbc.sql("""
                        select a.system_key, l.contact_id, l.credit - l.debit, e.store_id from journal_line l
                        join account a on a.tenant_id = l.tenant_id and a.id = l.account_id
                        join journal_entry e on e.tenant_id = l.tenant_id and e.id = l.entry_id
                        where l.entry_id = ? and a.system_key in ('AR', 'CUSTOMER_DEPOSITS')""")
                .param(entry)
                .query((rs, n) -> new Object[]{rs.getString(1), rs.getObject(2, Long.class), rs.getBigDecimal(3),
                        rs.getObject(4, Long.class)})
                .optional();
        if (posted.isEmpty()) return;
        SystemAccount then = SystemAccount.valueOf((String) posted.get()[0]);
        boolean finalizedNow = journal.latestStanding(Postings.INVOICE, event.invoice().value(),
                Postings.INVOICE_FINALIZED).isPresent();
        SystemAccount now = finalizedNow ? SystemAccount.AR : SystemAccount.CUSTOMER_DEPOSITS;
        if (now == then) return;
        ContactId customer = posted.get()[1] == null ? null : new ContactId((Long) posted.get()[1]);
        BigDecimal amount = (BigDecimal) posted.get()[2];
        StoreId store = posted.get()[3] == null ? null : new StoreId((Long) posted.get()[3]);
        journal.post(Posting.of(event.date(), store, Postings.PAYMENT, event.payment().value(), null, PAYMENT_VOID_RESTATED,
                        "Voided payment taken from " + now.label().toLowerCase() + " (the invoice was "
                                + (finalizedNow ? "finalized" : "reopened") + " since)")
                .aboutInvoice(event.invoice().value())
                .debit(now, amount, customer)
                .credit(then, amount, customer));
    }
}
