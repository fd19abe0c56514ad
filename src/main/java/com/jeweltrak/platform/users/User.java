package com.jeweltrak.platform.users;

import java.util.Map;
import java.util.Set;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.UserId;

/**
 * A staff member's account. Users are deactivated, never deleted, so past documents keep their
 * author (Users R6). Every user has at least one group (decision 7).
 */
public record User(
        UserId id,
        String firstName,
        String lastName,
        String email,
        String phone,
        boolean active,
        StoreId defaultStore,
        Set<Long> groups,
        Set<StoreId> stores,
        Map<String, Boolean> overrides) {

    public User {
        groups = Set.copyOf(groups);
        stores = Set.copyOf(stores);
        overrides = Map.copyOf(overrides);
        if (groups.isEmpty()) {
            throw new BusinessRuleViolated("groups", "A user needs at least one permission group.");
        }
        for (String key : overrides.keySet()) {
            if (!Permission.exists(key)) throw new BusinessRuleViolated("overrides", "Unknown permission " + key);
        }
        if (defaultStore != null && !stores.contains(defaultStore)) {
            throw new BusinessRuleViolated("defaultStore", "The default store must be one of the user's stores.");
        }
    }

    public String displayName() {
        return (firstName + " " + lastName).trim();
    }

    public User withDetails(String newFirst, String newLast, String newEmail, String newPhone) {
        return new User(id, newFirst, newLast, newEmail, newPhone, active, defaultStore, groups, stores, overrides);
    }

    public User withAccess(Set<Long> newGroups, Set<StoreId> newStores) {
        StoreId keptDefault = defaultStore != null && newStores.contains(defaultStore) ? defaultStore : null;
        return new User(id, firstName, lastName, email, phone, active, keptDefault, newGroups, newStores, overrides);
    }

    public User withOverrides(Map<String, Boolean> newOverrides) {
        return new User(id, firstName, lastName, email, phone, active, defaultStore, groups, stores, newOverrides);
    }

    public User deactivated() {
        return new User(id, firstName, lastName, email, phone, false, defaultStore, groups, stores, overrides);
    }

    public User reactivated() {
        return new User(id, firstName, lastName, email, phone, true, defaultStore, groups, stores, overrides);
    }
}
