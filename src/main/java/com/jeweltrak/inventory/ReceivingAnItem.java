package com.jeweltrak.inventory;

import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.ContactRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * + New on an inventory list (04-inventory §Adding Inventory Items): the item gets the tenant's next StockID
 * (R5, decision 12), its quantity arrives as a "receive" movement (R7), its vendor becomes a Vendor if it was
 * not one (Unified Contacts R7), prices left blank come from the store's multipliers (Pricing Multipliers R6),
 * and the create is audited by the triggers (R14).
 */
@Service
public class ReceivingAnItem {

    /** StockIDs are numbers people read and scan; a new tenant's first item is 1001. */
    static final String STOCK_ID_SEQUENCE = "stock-id";
    static final long STOCK_IDS_START_AFTER = 1000;

    private final Items items;
    private final StockLedger ledger;
    private final ContactRoles contactRoles;
    private final com.jeweltrak.platform.numbering.NumberSequences numbers;
    private final StorePriceMultipliers multipliers;

    ReceivingAnItem(Items items, StockLedger ledger, ContactRoles contactRoles,
                    com.jeweltrak.platform.numbering.NumberSequences numbers, StorePriceMultipliers multipliers) {
        this.items = items;
        this.ledger = ledger;
        this.contactRoles = contactRoles;
        this.numbers = numbers;
        this.multipliers = multipliers;
    }

    @Transactional
    public ItemId receive(Item draft, NewStock stock) {
        return receive(draft, stock, "Initial stock", null, null);
    }

    /**
     * An item received by a document (a piece taken in trade on an invoice, 02-sales §Trade-In R5): its RECEIVE movement
     * names the document, whose own journal entry values it (see accounting's stock posting rules).
     */
    @Transactional
    public ItemId receive(Item draft, NewStock stock, String reason, String documentType, Long documentId) {
        stock.requireFits(draft.family());
        if (draft.vendor() != null) contactRoles.ensure(draft.vendor(), ContactRole.VENDOR);
        long stockNumber = numbers.next(STOCK_ID_SEQUENCE, STOCK_IDS_START_AFTER);
        ItemId id = items.add(withSuggestedPrices(draft), stockNumber);
        ledger.record(id, new StockLedger.Movement(MovementKind.RECEIVE, stock.quantity(), null, stock.carats(), reason,
                documentType, documentId));
        return id;
    }

    /** Prices left blank come from the store's multipliers; typed prices are kept (Pricing Multipliers R6, R7). */
    private Item withSuggestedPrices(Item draft) {
        Item.Prices prices = multipliers.of(draft.store()).fillBlanks(draft.prices(), draft.cost());
        return new Item(draft.id(), draft.stockNumber(), draft.store(), draft.category(), draft.vendor(),
                draft.description(), draft.identifiers(), draft.taxable(), draft.purchaseDate(), draft.cost(), prices,
                draft.quantities(), draft.details());
    }
}
