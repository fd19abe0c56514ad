package com.jeweltrak.accounting.posting;

import com.jeweltrak.accounting.Journal;
import com.jeweltrak.accounting.Posting;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.partnerships.PartnershipReconciled;
import com.jeweltrak.partnerships.SettlementType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 02-sales §Partnerships R7, R13; decision 3: a payout is an equity distribution, never a cost of the sale (Sales and
 * COGS are not touched, so the gross profit is unchanged).
 * <ul>
 * <li>OwnerSold: per partner Dr Partner equity / Cr the account the money left from (Cash; Check, ACH, Wire, Other:
 * Bank; Card: Card clearing).</li>
 * <li>PartnerSold: nothing to post — no cash moved; the partners' capital was already cleared against Inventory when
 * the settlement invoice took the item out of stock ({@link PostingPartnersShareLeftStock}). The snapshot records it.</li>
 * </ul>
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PostingPartnershipReconciled {

    private final Journal journal;

    PostingPartnershipReconciled(Journal journal) {
        this.journal = journal;
    }

    @EventListener
    void on(PartnershipReconciled event) {
        Postings.requireSameTenant(event.tenant());
        if (event.type() != SettlementType.OWNER_SOLD) return;
        Posting posting = Posting.of(event.date(), event.store(), Postings.PARTNERSHIP_RECONCILIATION, event.reconciliation(),
                event.stockId(), Postings.PARTNERSHIP_RECONCILED,
                event.type().stored() + " partnership reconciled, StockID " + event.stockId());
        for (var p : event.payouts()) {
            posting.debit(SystemAccount.PARTNER_EQUITY, p.payout(), p.partner()).credit(payingAccount(p.method()), p.payout());
        }
        journal.post(posting);
    }

    private static SystemAccount payingAccount(String method) {
        return switch (method) {
            case "Cash" -> SystemAccount.CASH;
            case "Card" -> SystemAccount.CARD_CLEARING;
            default -> SystemAccount.BANK;
        };
    }
}
