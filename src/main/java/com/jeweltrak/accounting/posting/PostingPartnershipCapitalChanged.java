package com.jeweltrak.accounting.posting;

import com.jeweltrak.accounting.Journal;
import com.jeweltrak.accounting.Posting;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.partnerships.PartnershipCapitalChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 02-sales §Partnerships: each Owner-% partner funded their share of the item (CostPaidAmount), so that part of the
 * owner's stake is the partner's: Dr Owner's equity / Cr Partner equity, per partner (the partner's contact on the
 * line, so equity per partner is derivable). A saved partnership replaces its standing capital entry.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PostingPartnershipCapitalChanged {

    private final Journal journal;

    PostingPartnershipCapitalChanged(Journal journal) {
        this.journal = journal;
    }

    @EventListener
    void on(PartnershipCapitalChanged event) {
        Postings.requireSameTenant(event.tenant());
        journal.latestStanding(Postings.PARTNERSHIP, event.partnership().value(), Postings.PARTNER_CAPITAL)
                .ifPresent(entry -> journal.reverse(entry, event.date(), "Partnership changed"));
        Posting posting = Posting.of(event.date(), event.store(), Postings.PARTNERSHIP, event.partnership().value(),
                event.stockId(), Postings.PARTNER_CAPITAL, "Partner capital, StockID " + event.stockId());
        for (var capital : event.capital()) {
            posting.debit(SystemAccount.OWNER_EQUITY, capital.amount())
                    .credit(SystemAccount.PARTNER_EQUITY, capital.amount(), capital.partner());
        }
        journal.post(posting);
    }
}
