package com.jeweltrak.accounting.posting;

import com.jeweltrak.accounting.Journal;
import com.jeweltrak.sales.WriteOffReversed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** 08-accounting §Writing Off Invoices R7: the bad-debt entry is reversed on the reversal's date; AR owes it again. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PostingWriteOffReversed {

    private final Journal journal;

    PostingWriteOffReversed(Journal journal) {
        this.journal = journal;
    }

    @EventListener
    void on(WriteOffReversed event) {
        Postings.requireSameTenant(event.tenant());
        journal.latestStanding(PostingInvoiceWrittenOff.WRITE_OFF, event.writeOff().value(),
                        PostingInvoiceWrittenOff.INVOICE_WRITTEN_OFF)
                .ifPresent(entry -> journal.reverse(entry, event.date(), "Write-off reversed"));
    }
}
