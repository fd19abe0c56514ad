package com.jeweltrak.inventory.counts.web;

import java.util.Arrays;
import java.util.List;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.counts.InventoryCount;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.users.Permission;
import org.springframework.security.access.AccessDeniedException;

/**
 * A count is guarded by its family's permissions (View to see and scan, Edit to finish or cancel) and by the
 * person's stores (decision 7): a count of a store they do not work in is a 404, like an item of that store.
 */
final class CountPermissions {

    private CountPermissions() {
    }

    static InventoryCount require(InventoryCount count, String action) {
        if (!mayAccess(count.store())) throw new RecordNotFound("Inventory count", count.id());
        require(count.family(), action);
        return count;
    }

    static void require(Family family, String action) {
        if (!CurrentUser.require().can(family.permission(action))) {
            throw new AccessDeniedException("Needs " + family.permission(action));
        }
    }

    static void requireWorkIn(StoreId store) {
        if (store != null && !mayAccess(store)) {
            throw new BusinessRuleViolated("storeId", "You do not work in that store; choose one of your stores.");
        }
    }

    static boolean mayAccess(StoreId store) {
        return CurrentUser.require().mayAccess(store);
    }

    /** The stores whose counts the person sees; null: all of them. */
    static List<StoreId> visibleStores() {
        CurrentUser me = CurrentUser.require();
        return me.can(Permission.CAN_VIEW_ALL_STORES) ? null : me.stores().stream().map(s -> s.id()).toList();
    }

    static List<Family> viewable() {
        CurrentUser user = CurrentUser.require();
        return Arrays.stream(Family.values()).filter(f -> user.can(f.viewPermission())).toList();
    }

    static boolean canViewCost() {
        return CurrentUser.require().can(Permission.CAN_VIEW_COST);
    }
}
