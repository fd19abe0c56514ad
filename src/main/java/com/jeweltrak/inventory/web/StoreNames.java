package com.jeweltrak.inventory.web;

import java.util.LinkedHashMap;
import java.util.Map;

import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import org.springframework.stereotype.Component;

/** Store names for list cells and the store choices of the form and the list's store filter. */
@Component
class StoreNames {

    private final Stores stores;

    StoreNames(Stores stores) {
        this.stores = stores;
    }

    String name(StoreId id) {
        return stores.find(id).map(Store::name).orElse(null);
    }

    /** Active stores the person may work in, id → name. */
    Map<String, String> active() {
        Map<String, String> choices = new LinkedHashMap<>();
        stores.all().stream().filter(Store::active).filter(s -> StoreScope.mayAccess(s.id()))
                .forEach(s -> choices.put(s.id().toString(), s.name()));
        return choices;
    }
}
