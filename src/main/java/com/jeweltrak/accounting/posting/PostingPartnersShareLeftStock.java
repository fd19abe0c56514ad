package com.jeweltrak.accounting.posting;

import java.math.BigDecimal;

import com.jeweltrak.accounting.Journal;
import com.jeweltrak.accounting.Posting;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.partnerships.PartnersShareLeftStock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 02-sales §Partnerships R16, R18; the article's journal example: a co-owned item left stock on its partner settlement
 * invoice, whose COGS took out the store's basis; the rest of its full cost leaves Inventory against the partners'
 * capital (Dr Partner equity per partner's CostPaidAmount / Cr Inventory), any difference between the two (a Partnership
 * Value other than the cost) to Owner's equity. Once per settlement invoice: a re-finalize after a reopen finds it
 * standing (the item stayed reserved to the invoice meanwhile).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PostingPartnersShareLeftStock {

    private final Journal journal;

    PostingPartnersShareLeftStock(Journal journal) {
        this.journal = journal;
    }

    @EventListener
    void on(PartnersShareLeftStock event) {
        Postings.requireSameTenant(event.tenant());
        long partnership = event.partnership().value();
        if (journal.latestStanding(Postings.PARTNERSHIP, partnership, Postings.PARTNERS_SHARE_LEFT_STOCK).isPresent()) return;
        Posting posting = Posting.of(event.date(), event.store(), Postings.PARTNERSHIP, partnership, event.stockId(),
                        Postings.PARTNERS_SHARE_LEFT_STOCK, "Partners' share of StockID " + event.stockId()
                                + " left stock on the partner settlement")
                .aboutInvoice(event.invoice());
        BigDecimal capital = BigDecimal.ZERO;
        for (var c : event.capital()) {
            posting.debit(SystemAccount.PARTNER_EQUITY, c.amount(), c.partner());
            capital = capital.add(c.amount());
        }
        BigDecimal inventory = event.itemCost().subtract(event.basisCost());
        posting.credit(SystemAccount.INVENTORY, inventory).credit(SystemAccount.OWNER_EQUITY, capital.subtract(inventory));
        journal.post(posting);
    }
}
