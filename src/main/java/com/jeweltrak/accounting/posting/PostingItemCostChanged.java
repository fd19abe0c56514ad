package com.jeweltrak.accounting.posting;

import com.jeweltrak.accounting.Journal;
import com.jeweltrak.accounting.Posting;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.inventory.ItemCostChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A corrected cost revalues the stock the business owns, against the account its receipt was credited to
 * (Owner's equity, see {@link PostingStockMoved}), so Inventory stays the stock at cost.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PostingItemCostChanged {

    private final Journal journal;

    PostingItemCostChanged(Journal journal) {
        this.journal = journal;
    }

    @EventListener
    void on(ItemCostChanged event) {
        Postings.requireSameTenant(event.tenant());
        journal.post(Posting.of(event.date(), event.store(), Postings.ITEM, event.item().value(), event.stockId(),
                        Postings.STOCK_VALUED, "Cost corrected from " + event.oldCost().stripTrailingZeros().toPlainString()
                                + " to " + event.newCost().stripTrailingZeros().toPlainString())
                .debit(SystemAccount.INVENTORY, event.value())
                .credit(SystemAccount.OWNER_EQUITY, event.value()));
    }
}
