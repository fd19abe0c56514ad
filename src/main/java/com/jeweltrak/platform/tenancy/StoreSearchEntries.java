package com.jeweltrak.platform.tenancy;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.jeweltrak.platform.search.SearchEntry;
import com.jeweltrak.platform.search.SearchIndex;
import org.springframework.stereotype.Component;

/**
 * A store as the global search finds it: by name, city and address. The entry belongs to the store
 * itself, so someone restricted to other stores does not find it (Search R7).
 */
@Component
public class StoreSearchEntries {

    public static final String TYPE = "store";

    private final SearchIndex index;
    private final org.springframework.beans.factory.ObjectProvider<Stores> stores;

    StoreSearchEntries(SearchIndex index, org.springframework.beans.factory.ObjectProvider<Stores> stores) {
        this.index = index;
        this.stores = stores;
    }

    /** A restore wrote store rows past the repository: their entries follow, in its transaction. */
    @org.springframework.context.event.EventListener
    void restored(com.jeweltrak.platform.audit.RecordsRestored restored) {
        restored.idsIn("store").forEach(id -> stores.getObject().find(new StoreId(id)).ifPresent(this::reindex));
    }

    void reindex(Store store) {
        Store.Address a = store.address();
        index.index(new SearchEntry(TYPE, store.id().value(), store.id(), null, store.name(),
                joined(", ", a.city(), a.region()), store.active() ? "Active" : "Inactive",
                joined(" ", a.line1(), a.postalCode(), a.country(), store.phone(), store.email())));
    }

    private static String joined(String separator, String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(separator));
    }
}
