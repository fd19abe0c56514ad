package com.jeweltrak.platform.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantId;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user as this request sees them: effective permissions, the stores they may work
 * in and the store they are working in now. Built fresh for every request.
 */
public record CurrentUser(
        TenantId tenant,
        UserId id,
        String displayName,
        String email,
        String organizationName,
        Set<String> permissions,
        List<StoreChoice> stores,
        StoreChoice currentStore) {

    /** The session attribute holding the store the user chose in the switcher. */
    public static final String STORE_SESSION_ATTRIBUTE = "jeweltrak.storeId";

    public record StoreChoice(StoreId id, String name, java.time.ZoneId zone) {
    }

    /** The zone times are shown in: the current store's, as a jeweler reads the clock on the wall. */
    public java.time.ZoneId zone() {
        return currentStore == null ? java.time.ZoneOffset.UTC : currentStore.zone();
    }

    public boolean can(String permission) {
        return permissions.contains(permission);
    }

    public boolean mayWorkIn(StoreId store) {
        return stores.stream().anyMatch(s -> s.id().equals(store));
    }

    /** Whether the store's records are theirs to see and work with: on their store list, or CanViewAllStores (decision 7). */
    public boolean mayAccess(StoreId store) {
        return can(com.jeweltrak.platform.users.Permission.CAN_VIEW_ALL_STORES) || mayWorkIn(store);
    }

    /** The stores whose records a list shows them: null for every store (CanViewAllStores), else their own (decision 7). */
    public List<StoreId> accessibleStores() {
        return can(com.jeweltrak.platform.users.Permission.CAN_VIEW_ALL_STORES) ? null
                : stores.stream().map(StoreChoice::id).toList();
    }

    public boolean multiStore() {
        return stores.size() > 1;
    }

    /** The current user of this request, when someone is signed in. */
    public static Optional<CurrentUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getDetails() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static CurrentUser require() {
        return get().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }
}
