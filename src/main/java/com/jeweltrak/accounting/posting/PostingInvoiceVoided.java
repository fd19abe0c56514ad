package com.jeweltrak.accounting.posting;

import com.jeweltrak.accounting.Journal;
import com.jeweltrak.sales.InvoiceVoided;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** 08-accounting §AR R9: voiding removes the invoice from the books — its finalize entry is reversed. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PostingInvoiceVoided {

    private final Journal journal;

    PostingInvoiceVoided(Journal journal) {
        this.journal = journal;
    }

    @EventListener
    void on(InvoiceVoided event) {
        Postings.requireSameTenant(event.tenant());
        journal.latestStanding(Postings.INVOICE, event.invoice().value(), Postings.INVOICE_FINALIZED)
                .ifPresent(entry -> journal.reverse(entry, event.date(), "Invoice voided"));
    }
}
