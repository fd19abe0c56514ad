package com.jeweltrak.inventory.bulk;

import java.util.ArrayList;
import java.util.List;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Move to store (04-inventory §Bulk Actions): the selected items' store becomes the chosen one. Quantities are kept
 * per item, not per store (stock_movement has no store), so a move writes no stock movement: it is an item update,
 * audited per item as a bulk update (R10). Items out on memo or with nothing in stock are skipped and named (R6);
 * the target must be an active store the user may access (decision 7).
 */
@Service
public class MovingToAStore {

    /** The chosen store is closed, unknown, or not among the user's stores. */
    public static class StoreNotOpenToYou extends BusinessRuleViolated {
        StoreNotOpenToYou() {
            super("storeId", "Choose one of your active stores.");
        }
    }

    private final Items items;
    private final Stores stores;
    private final BulkAudit audit;

    MovingToAStore(Items items, Stores stores, BulkAudit audit) {
        this.items = items;
        this.stores = stores;
        this.audit = audit;
    }

    @Transactional
    public BulkOutcome move(List<Item> selected, StoreId target) {
        Store store = target == null ? null : stores.find(target).filter(Store::active)
                .filter(s -> CurrentUser.get().map(me -> me.mayAccess(s.id())).orElse(true)).orElse(null);
        if (store == null) throw new StoreNotOpenToYou();
        audit.mark("move-store");
        List<String> moved = new ArrayList<>();
        List<BulkOutcome.Skipped> skipped = new ArrayList<>();
        for (Item chosen : selected) {
            Item item = items.get(chosen.id());
            var quantities = item.quantities();
            if (quantities.onMemo().signum() > 0) {
                skipped.add(new BulkOutcome.Skipped(item.stockId(), "on memo", quantities.inStock()));
            } else if (quantities.inStock().signum() == 0) {
                skipped.add(new BulkOutcome.Skipped(item.stockId(), "none in stock", quantities.inStock()));
            } else if (item.store().equals(store.id())) {
                skipped.add(new BulkOutcome.Skipped(item.stockId(), "already in " + store.name(), null));
            } else {
                items.update(Edits.withStore(item, store.id()));
                moved.add(item.stockId());
            }
        }
        return new BulkOutcome(moved, skipped);
    }
}
