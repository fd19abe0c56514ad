package com.jeweltrak.inventory.bulk;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.platform.tenancy.StoreId;

/** An item with one thing changed, the rest as it was (records have no withers). */
final class Edits {

    private Edits() {
    }

    static Item withPrices(Item i, Item.Prices prices) {
        return new Item(i.id(), i.stockNumber(), i.store(), i.category(), i.vendor(), i.description(), i.identifiers(),
                i.taxable(), i.purchaseDate(), i.cost(), prices, i.quantities(), i.details());
    }

    static Item withStore(Item i, StoreId store) {
        return new Item(i.id(), i.stockNumber(), store, i.category(), i.vendor(), i.description(), i.identifiers(),
                i.taxable(), i.purchaseDate(), i.cost(), i.prices(), i.quantities(), i.details());
    }
}
