package com.jeweltrak.platform.lists;

import java.util.ArrayList;
import java.util.List;

import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.Stores;

/**
 * A list's Store filter: the tenant's stores the person may access (decision 7), offered only when there are two or
 * more. A list definition bean cannot know them, so a module declares one of these for its list (a subclass naming
 * the list, the filter key and the SQL column that holds the store).
 */
public abstract class StoreFilterTailoring implements ListTailoring {

    private final Stores stores;
    private final String listKey;
    private final String filterKey;
    private final String storeColumn;

    protected StoreFilterTailoring(Stores stores, String listKey, String filterKey, String storeColumn) {
        this.stores = stores;
        this.listKey = listKey;
        this.filterKey = filterKey;
        this.storeColumn = storeColumn;
    }

    @Override
    public boolean tailors(String key) {
        return listKey.equals(key);
    }

    @Override
    public <R> ListDefinition<R> forCurrentUser(ListDefinition<R> d) {
        CurrentUser me = CurrentUser.require();
        List<Store> mine = stores.accessibleTo(me);
        if (mine.size() < 2) return d;
        List<ListFilter> filters = new ArrayList<>(d.filters());
        filters.add(new ListFilter(filterKey, "Store", "All stores", mine.stream()
                // the id is a number read from the database, never text from the request
                .map(s -> new ListFilter.Option(s.id().toString(), s.name(), storeColumn + " = " + s.id().value())).toList()));
        return new ListDefinition<>(d.key(), d.title(), d.pageUrl(), d.permission(), d.columns(), filters, d.defaultOrder(),
                d.idSql(), d.id(), d.peek(), d.source(), d.domId(), d.tableId(), d.pageSize());
    }
}
