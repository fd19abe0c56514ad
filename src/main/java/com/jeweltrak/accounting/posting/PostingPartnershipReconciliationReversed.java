package com.jeweltrak.accounting.posting;

import com.jeweltrak.accounting.Journal;
import com.jeweltrak.partnerships.PartnershipReconciliationReversed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** 02-sales §Partnerships R15: a voided settlement invoice reverses the partner-sold reconciliation's entry. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PostingPartnershipReconciliationReversed {

    private final Journal journal;

    PostingPartnershipReconciliationReversed(Journal journal) {
        this.journal = journal;
    }

    @EventListener
    void on(PartnershipReconciliationReversed event) {
        Postings.requireSameTenant(event.tenant());
        journal.latestStanding(Postings.PARTNERSHIP_RECONCILIATION, event.reconciliation(), Postings.PARTNERSHIP_RECONCILED)
                .ifPresent(entry -> journal.reverse(entry, event.date(), "Partner settlement invoice voided"));
    }
}
