package com.jeweltrak.inventory;

import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settings → Stores → [store] → Inventory Multipliers (Pricing Multipliers R1): saved per store, audited by the
 * table's trigger. Existing items are never repriced by this (R8); only items created afterwards use it.
 */
@Service
public class SettingPriceMultipliers {

    private final Stores stores;
    private final StorePriceMultipliers multipliers;

    SettingPriceMultipliers(Stores stores, StorePriceMultipliers multipliers) {
        this.stores = stores;
        this.multipliers = multipliers;
    }

    @Transactional
    public void set(StoreId store, PriceLadder ladder) {
        stores.get(store); // another tenant's store is not found (404), RLS or not
        multipliers.save(store, ladder);
    }
}
