package com.jeweltrak.settings;

import java.util.Optional;

import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.lists.ListQuery;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.users.Permission;
import org.springframework.stereotype.Service;

/**
 * The stores a user may see (Permissions R14): those on their store list, or every store with
 * {@code CanViewAllStores}. A store outside that set is treated as absent, never as forbidden.
 */
@Service
public class VisibleStores {

    private final Stores stores;

    VisibleStores(Stores stores) {
        this.stores = stores;
    }

    public Paged<Store> page(CurrentUser user, int page, int size) {
        return user.can(Permission.CAN_VIEW_ALL_STORES) ? stores.page(page, size)
                : stores.pageAccessibleTo(user.id(), page, size);
    }

    /** The same, for the list component: searched, filtered and sorted as the query says. */
    public Paged<Store> page(CurrentUser user, ListQuery query) {
        return stores.page(query, user.can(Permission.CAN_VIEW_ALL_STORES) ? null : user.id());
    }

    public Optional<Store> find(CurrentUser user, StoreId id) {
        return user.can(Permission.CAN_VIEW_ALL_STORES) ? stores.find(id) : stores.findAccessibleTo(user.id(), id);
    }
}
