package com.jeweltrak.settings;

import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.users.Users;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settings → Stores (10-settings §Store Configuration). Editing needs {@code CanManageUsers}
 * (R11); the check sits here as well as on the controllers because the service is the layer that
 * cannot be bypassed (Permissions R17).
 */
@Service
public class ConfiguringStores {

    private final Stores stores;
    private final Users users;

    ConfiguringStores(Stores stores, Users users) {
        this.stores = stores;
        this.users = users;
    }

    @Transactional
    @PreAuthorize("hasAuthority('CanManageUsers')")
    public StoreId add(Store store) {
        requireNameFree(store.name(), null);
        try {
            StoreId added = stores.add(store);
            // whoever opens a store works in it from the start; others get it on their user page
            CurrentUser.get().ifPresent(me -> users.addStoreAccess(me.id(), added));
            return added;
        } catch (DuplicateKeyException raced) {
            throw new StoreNameTaken(store.name());
        }
    }

    /** Replaces the store's settings; a store of another tenant is not found (row-level security). */
    @Transactional
    @PreAuthorize("hasAuthority('CanManageUsers')")
    public void save(StoreId id, Store changed) {
        Store current = stores.get(id);
        requireNameFree(changed.name(), id);
        if (current.active() && !changed.active() && stores.lockAndCountActive() <= 1) {
            throw new LastActiveStoreCannotClose();
        }
        try {
            stores.update(changed.withId(id));
        } catch (DuplicateKeyException raced) {
            throw new StoreNameTaken(changed.name());
        }
    }

    private void requireNameFree(String name, StoreId except) {
        if (stores.nameTaken(name, except)) throw new StoreNameTaken(name);
    }
}
