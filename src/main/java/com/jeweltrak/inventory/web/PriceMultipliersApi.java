package com.jeweltrak.inventory.web;

import com.jeweltrak.inventory.SettingPriceMultipliers;
import com.jeweltrak.inventory.StorePriceMultipliers;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A store's pricing multipliers over the API (04-inventory §Inventory Pricing Multipliers R1). */
@RestController
@RequestMapping("/api/v1/stores/{id}/price-multipliers")
@PreAuthorize("hasAuthority('CanManageUsers')")
@Tag(name = "Stores")
class PriceMultipliersApi {

    private final Stores stores;
    private final StorePriceMultipliers multipliers;
    private final SettingPriceMultipliers setting;

    PriceMultipliersApi(Stores stores, StorePriceMultipliers multipliers, SettingPriceMultipliers setting) {
        this.stores = stores;
        this.multipliers = multipliers;
        this.setting = setting;
    }

    @GetMapping
    @Operation(summary = "The store's pricing multipliers (null = none); 404 for another tenant's store")
    PriceMultipliersJson get(@PathVariable long id) {
        StoreId store = new StoreId(id);
        stores.get(store);
        return PriceMultipliersJson.of(multipliers.of(store));
    }

    @PutMapping
    @Operation(summary = "Replace the store's pricing multipliers; existing items keep their prices (R8); 422 naming a bad field")
    PriceMultipliersJson put(@PathVariable long id, @RequestBody PriceMultipliersJson request) {
        StoreId store = new StoreId(id);
        setting.set(store, request.toLadder());
        return PriceMultipliersJson.of(multipliers.of(store));
    }
}
