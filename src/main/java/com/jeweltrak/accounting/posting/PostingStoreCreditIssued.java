package com.jeweltrak.accounting.posting;

import com.jeweltrak.accounting.Journal;
import com.jeweltrak.accounting.Posting;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.sales.StoreCreditIssued;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 08-accounting §Store Credits R9, R12: a stand-alone (goodwill) credit costs the store what it gives — Dr Customer
 * goodwill / Cr Store credit, the liability line naming the customer so {@code Books.storeCredit(customer)} reads it.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PostingStoreCreditIssued {

    static final String STORE_CREDIT = "STORE_CREDIT";
    static final String STORE_CREDIT_ISSUED = "STORE_CREDIT_ISSUED";

    private final Journal journal;

    PostingStoreCreditIssued(Journal journal) {
        this.journal = journal;
    }

    @EventListener
    void on(StoreCreditIssued event) {
        Postings.requireSameTenant(event.tenant());
        journal.post(Posting.of(event.date(), event.store(), STORE_CREDIT, event.storeCredit(), null, STORE_CREDIT_ISSUED,
                        "Store credit given: " + event.reason())
                .debit(SystemAccount.GOODWILL_CREDITS, event.amount())
                .credit(SystemAccount.STORE_CREDIT, event.amount(), event.customer()));
    }
}
