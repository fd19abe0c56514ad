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

    /**
     * A list page names the store of each of its rows: the tenant's few stores are read once per request and kept in
     * the request (a look-up per row was 25 statements a page); outside a request, one look-up.
     */
    String name(StoreId id) {
        var request = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        if (request == null) return stores.find(id).map(Store::name).orElse(null);
        @SuppressWarnings("unchecked")
        Map<StoreId, String> names = (Map<StoreId, String>) request.getAttribute(REQUEST_KEY, SCOPE_REQUEST);
        if (names == null) {
            names = new java.util.HashMap<>();
            for (Store store : stores.all()) names.put(store.id(), store.name());
            request.setAttribute(REQUEST_KEY, names, SCOPE_REQUEST);
        }
        return names.containsKey(id) ? names.get(id) : stores.find(id).map(Store::name).orElse(null);
    }

    private static final String REQUEST_KEY = StoreNames.class.getName();
    private static final int SCOPE_REQUEST = org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST;

    /** Active stores the person may work in, id → name. */
    Map<String, String> active() {
        Map<String, String> choices = new LinkedHashMap<>();
        stores.all().stream().filter(Store::active).filter(s -> StoreScope.mayAccess(s.id()))
                .forEach(s -> choices.put(s.id().toString(), s.name()));
        return choices;
    }
}
