package com.jeweltrak.accounting.posting;

import com.jeweltrak.accounting.Journal;
import com.jeweltrak.accounting.Posting;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.inventory.StockMoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Inventory account follows the stock ledger at cost (design §4: a balance agrees with its documents), so a sale's
 * COGS credit has the receipt's debit to come off:
 * <ul>
 * <li>received stock is debited to Inventory against Owner's equity — stock the business brings in; purchasing will
 * receive against vendor invoices (AP) instead; a corrected cost revalues likewise ({@link PostingItemCostChanged});</li>
 * <li>counts, adjustments, scrap and returns to the vendor go to Inventory adjustments (an expense, or its reduction);</li>
 * <li>a sale or customer return recorded straight on the stock ledger (outside an invoice — e.g. history brought over
 * from an earlier system) mirrors a receipt: its revenue is not in these books, so its cost goes back to Owner's
 * equity rather than into COGS, and gross profit stays the invoices'. One on an invoice is valued by the invoice's own
 * entry ({@link PostingInvoiceFinalized}), so it is left alone here;</li>
 * <li>memo movements and stones set into a mounting change where stock is, not what the business owns.</li>
 * </ul>
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PostingStockMoved {

    private final Journal journal;

    PostingStockMoved(Journal journal) {
        this.journal = journal;
    }

    @EventListener
    void on(StockMoved event) {
        Postings.requireSameTenant(event.tenant());
        SystemAccount against = switch (event.kind()) {
            case RECEIVE -> SystemAccount.OWNER_EQUITY;
            case ADJUST, COUNT, SCRAP, VENDOR_RETURN -> SystemAccount.INVENTORY_ADJUSTMENTS;
            case SALE, SALE_RETURN -> Postings.INVOICE.equals(event.documentType()) ? null : SystemAccount.OWNER_EQUITY;
            case MEMO_OUT, MEMO_RETURN, CONSUME, RELEASE -> null;
        };
        if (against == null) return;
        journal.post(Posting.of(event.date(), event.store(), Postings.ITEM, event.item().value(), event.stockId(),
                        Postings.STOCK_VALUED, event.kind().label() + " at cost")
                .debit(SystemAccount.INVENTORY, event.value())
                .credit(against, event.value()));
    }
}
