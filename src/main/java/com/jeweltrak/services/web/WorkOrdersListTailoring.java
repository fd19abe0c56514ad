package com.jeweltrak.services.web;

import java.util.ArrayList;
import java.util.List;

import com.jeweltrak.platform.lists.ListDefinition;
import com.jeweltrak.platform.lists.ListFilter;
import com.jeweltrak.platform.lists.ListTailoring;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.Stores;
import org.springframework.stereotype.Component;

/** The tenant's stores (those the person may access) as the Work orders list's store filter; a bean cannot know them. */
@Component
class WorkOrdersListTailoring implements ListTailoring {

    private final Stores stores;

    WorkOrdersListTailoring(Stores stores) {
        this.stores = stores;
    }

    @Override
    public boolean tailors(String listKey) {
        return WorkOrdersList.KEY.equals(listKey);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> ListDefinition<R> forCurrentUser(ListDefinition<R> d) {
        CurrentUser me = CurrentUser.require();
        List<Store> mine = stores.all().stream().filter(s -> me.mayAccess(s.id())).toList();
        if (mine.size() < 2) return d;
        List<ListFilter> filters = new ArrayList<>(d.filters());
        filters.add(new ListFilter(WorkOrdersList.STORE_FILTER, "Store", "All stores", mine.stream()
                // the id is a number read from the database, never text from the request
                .map(s -> new ListFilter.Option(s.id().toString(), s.name(), "w.store_id = " + s.id().value())).toList()));
        return new ListDefinition<>(d.key(), d.title(), d.pageUrl(), d.permission(), d.columns(), filters, d.defaultOrder(),
                d.idSql(), d.id(), d.peek(), d.source(), d.domId(), d.tableId(), d.pageSize());
    }
}
