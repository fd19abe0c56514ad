package com.jeweltrak.inventory.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.platform.lists.Column;
import com.jeweltrak.platform.lists.ListDefinition;
import com.jeweltrak.platform.lists.ListFilter;
import com.jeweltrak.platform.lists.ListTailoring;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.users.Permission;
import org.springframework.stereotype.Component;

/**
 * The family lists as this person is served them, on the page and in its export alike: the tenant's stores as a
 * filter (a bean cannot know them), and no Cost column without CanViewCost (10-settings §Permissions: cost is not
 * rendered at all, not just hidden).
 */
@Component
class InventoryListTailoring implements ListTailoring {

    private final StoreNames stores;

    InventoryListTailoring(StoreNames stores) {
        this.stores = stores;
    }

    @Override
    public boolean tailors(String listKey) {
        return Arrays.stream(Family.values()).anyMatch(f -> InventoryLists.key(f).equals(listKey));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> ListDefinition<R> forCurrentUser(ListDefinition<R> definition) {
        return (ListDefinition<R>) tailor((ListDefinition<Item>) definition);
    }

    private ListDefinition<Item> tailor(ListDefinition<Item> d) {
        List<Column<Item>> columns = CurrentUser.require().can(Permission.CAN_VIEW_COST) ? d.columns()
                : d.columns().stream().filter(c -> !c.key().equals(InventoryLists.COST_COLUMN)).toList();
        List<ListFilter> filters = new ArrayList<>(d.filters());
        var active = stores.active();
        if (active.size() > 1) {
            filters.addFirst(new ListFilter(InventoryLists.STORE_FILTER, "Store", "All stores", active.entrySet().stream()
                    // the id is a number read from the database, never text from the request
                    .map(s -> new ListFilter.Option(s.getKey(), s.getValue(), "i.store_id = " + Long.parseLong(s.getKey())))
                    .toList()));
        }
        return new ListDefinition<>(d.key(), d.title(), d.pageUrl(), d.permission(), columns, filters, d.defaultOrder(),
                d.idSql(), d.id(), d.peek(), d.source(), d.domId(), d.tableId(), d.pageSize());
    }
}
