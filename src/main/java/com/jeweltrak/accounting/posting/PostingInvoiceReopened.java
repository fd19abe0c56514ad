package com.jeweltrak.accounting.posting;

import com.jeweltrak.accounting.Journal;
import com.jeweltrak.accounting.Posting;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.sales.InvoiceReopened;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decision 2, 08-accounting §AR R9: reopening withdraws the invoice from AR — its finalize entry is reversed — and
 * the payments still applied to it go back to being held as customer deposits (02-sales §Finalize R12). The reversal
 * hands back to deposits what the finalize took from them (the payments of the Open invoice then); what pays it now
 * differs by the payments taken since, less those of then that were voided or moved to credit on account since (their
 * own entries already took them out of AR) — that difference moves between AR and deposits.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PostingInvoiceReopened {

    private final Journal journal;
    private final JdbcClient jdbc;

    PostingInvoiceReopened(Journal journal, JdbcClient jdbc) {
        this.journal = journal;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(InvoiceReopened event) {
        Postings.requireSameTenant(event.tenant());
        long invoice = event.invoice().value();
        var finalized = journal.latestStanding(Postings.INVOICE, invoice, Postings.INVOICE_FINALIZED);
        finalized.ifPresent(entry -> journal.reverse(entry, event.date(), "Invoice reopened: finalize entry reversed"));
        // the customer and number come from the finalize entry: the event carries neither
        var header = finalized.flatMap(entry -> jdbc.sql("""
                        select e.store_id, e.document_number,
                               (select l.contact_id from journal_line l where l.entry_id = e.id
                                and l.contact_id is not null limit 1),
                               (select coalesce(sum(l.debit - l.credit), 0) from journal_line l
                                join account a on a.tenant_id = l.tenant_id and a.id = l.account_id
                                where l.entry_id = e.id and a.system_key = 'CUSTOMER_DEPOSITS')
                        from journal_entry e where e.id = ?""")
                .param(entry)
                .query((rs, n) -> new Object[]{rs.getObject(1, Long.class), rs.getString(2), rs.getObject(3, Long.class),
                        rs.getBigDecimal(4)})
                .optional());
        var store = header.map(h -> (Long) h[0]).map(com.jeweltrak.platform.tenancy.StoreId::new).orElse(null);
        String number = header.map(h -> (String) h[1]).orElse(null);
        ContactId customer = header.map(h -> (Long) h[2]).map(ContactId::new).orElse(null);
        java.math.BigDecimal paidWhenFinalized = header.map(h -> (java.math.BigDecimal) h[3]).orElse(java.math.BigDecimal.ZERO);
        java.math.BigDecimal toDeposits = event.paid().subtract(paidWhenFinalized);
        journal.post(Posting.of(event.date(), store, Postings.INVOICE, invoice, number, Postings.INVOICE_REOPENED,
                        "Invoice reopened: payments since finalize held as deposits")
                .aboutInvoice(invoice)
                .debit(SystemAccount.AR, toDeposits, customer)
                .credit(SystemAccount.CUSTOMER_DEPOSITS, toDeposits, customer));
    }
}
