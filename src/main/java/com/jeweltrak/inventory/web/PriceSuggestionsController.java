package com.jeweltrak.inventory.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.StorePriceMultipliers;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the new-item form fills its prices with as the cost is typed (Pricing Multipliers R6, R12): the store's
 * ladder over the cost, blank levels null. For the form's script only; nothing is saved.
 */
@RestController
class PriceSuggestionsController {

    private final Stores stores;
    private final StorePriceMultipliers multipliers;

    PriceSuggestionsController(Stores stores, StorePriceMultipliers multipliers) {
        this.stores = stores;
        this.multipliers = multipliers;
    }

    @GetMapping("/inventory/price-suggestions")
    @PreAuthorize("hasAnyAuthority('Inventory.Create', 'Watches.Create', 'Diamonds.Create', 'ColoredStones.Create', 'Pearls.Create')")
    Map<String, String> suggest(@RequestParam long storeId, @RequestParam(required = false) String cost) {
        StoreId store = new StoreId(storeId);
        stores.get(store);
        BigDecimal amount = parse(cost);
        Item.Prices prices = amount == null || amount.signum() < 0 ? Item.Prices.NONE : multipliers.of(store).pricesFor(amount);
        Map<String, String> json = new LinkedHashMap<>(); // nulls kept: a blank level is said, not left out
        json.put("price1", Json.money(prices.price1()));
        json.put("price2", Json.money(prices.price2()));
        json.put("price3", Json.money(prices.price3()));
        json.put("retailPrice", Json.money(prices.retail()));
        return json;
    }

    /** What is being typed may be half a number ("1,2", "12."): nothing to suggest then, not an error. */
    private static BigDecimal parse(String cost) {
        if (cost == null || cost.isBlank()) return null;
        try {
            return new BigDecimal(cost.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
