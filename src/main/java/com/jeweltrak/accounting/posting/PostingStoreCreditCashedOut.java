package com.jeweltrak.accounting.posting;

import com.jeweltrak.accounting.Journal;
import com.jeweltrak.accounting.Posting;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.sales.StoreCreditCashedOut;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 08-accounting §Store Credits R10: paying a credit out lowers what the store owes the customer and what is in the
 * drawer (or the checks account) — Dr Store credit (customer) / Cr the tender's account.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PostingStoreCreditCashedOut {

    static final String STORE_CREDIT_CASH_OUT = "STORE_CREDIT_CASH_OUT";
    static final String STORE_CREDIT_CASHED_OUT = "STORE_CREDIT_CASHED_OUT";

    private final Journal journal;

    PostingStoreCreditCashedOut(Journal journal) {
        this.journal = journal;
    }

    @EventListener
    void on(StoreCreditCashedOut event) {
        Postings.requireSameTenant(event.tenant());
        SystemAccount tender = Postings.tenderAccount(event.method());
        journal.post(Posting.of(event.date(), event.store(), STORE_CREDIT_CASH_OUT, event.cashOut(), event.checkNumber(),
                        STORE_CREDIT_CASHED_OUT, "Store credit " + event.storeCredit() + " paid out in "
                                + event.method().name().toLowerCase())
                .debit(SystemAccount.STORE_CREDIT, event.amount(), event.customer())
                .credit(tender, event.amount()));
    }
}
