package com.jeweltrak.accounting.posting;

import com.jeweltrak.accounting.Journal;
import com.jeweltrak.partnerships.PartnersShareCameBack;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** 02-sales §Partnerships R15: the settlement invoice was voided — the partners' share goes back into Inventory. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PostingPartnersShareCameBack {

    private final Journal journal;

    PostingPartnersShareCameBack(Journal journal) {
        this.journal = journal;
    }

    @EventListener
    void on(PartnersShareCameBack event) {
        Postings.requireSameTenant(event.tenant());
        journal.latestStanding(Postings.PARTNERSHIP, event.partnership().value(), Postings.PARTNERS_SHARE_LEFT_STOCK)
                .ifPresent(entry -> journal.reverse(entry, event.date(), "Partner settlement invoice voided"));
    }
}
