package com.jeweltrak.accounting.posting;

import com.jeweltrak.accounting.Journal;
import com.jeweltrak.accounting.Posting;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.sales.Invoice;
import com.jeweltrak.sales.InvoiceWrittenOff;
import com.jeweltrak.sales.Invoices;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 08-accounting §Writing Off Invoices R1, R4: the uncollectable balance leaves the customer's AR as bad-debt expense;
 * revenue, tax (R8: no bad-debt tax relief), cost and inventory stay as the finalize entry posted them.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PostingInvoiceWrittenOff {

    static final String WRITE_OFF = "WRITE_OFF";
    static final String INVOICE_WRITTEN_OFF = "INVOICE_WRITTEN_OFF";

    private final Journal journal;
    private final Invoices invoices;

    PostingInvoiceWrittenOff(Journal journal, Invoices invoices) {
        this.journal = journal;
        this.invoices = invoices;
    }

    @EventListener
    void on(InvoiceWrittenOff event) {
        Postings.requireSameTenant(event.tenant());
        String number = invoices.find(event.invoice()).map(Invoice::numberText).orElse(null);
        journal.post(Posting.of(event.date(), event.store(), WRITE_OFF, event.writeOff().value(), number,
                        INVOICE_WRITTEN_OFF, "Invoice " + (number == null ? "id " + event.invoice().value() : number)
                                + " written off as bad debt")
                .aboutInvoice(event.invoice().value())
                .debit(SystemAccount.BAD_DEBT, event.amount())
                .credit(SystemAccount.AR, event.amount(), event.customer()));
    }
}
