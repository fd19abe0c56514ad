package com.jeweltrak.inventory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.users.Permission;

/**
 * Which stores' items the signed-in person may see and work with (decision 7: store access is checked on every
 * request): the stores on their list, or all with CanViewAllStores. An item of another store is a 404, like a
 * record that does not exist for them.
 */
final class StoreScope {

    private StoreScope() {
    }

    /** The query's conditions plus the store restriction; store ids are numbers from the session, never typed text. */
    static List<String> restrict(List<String> conditions) {
        List<String> all = new ArrayList<>(conditions);
        CurrentUser.get().filter(me -> !me.can(Permission.CAN_VIEW_ALL_STORES)).ifPresent(me -> all.add(
                me.stores().isEmpty() ? "false" : "i.store_id in (" + me.stores().stream()
                        .map(s -> Long.toString(s.id().value())).collect(Collectors.joining(", ")) + ")"));
        return all;
    }

    static boolean mayAccess(StoreId store) {
        return CurrentUser.get().map(me -> me.can(Permission.CAN_VIEW_ALL_STORES) || me.mayWorkIn(store)).orElse(true);
    }

    static Item visible(Item item) {
        if (!mayAccess(item.store())) throw new RecordNotFound("Item", item.id());
        return item;
    }

    /** A new or moved item goes to a store the person works in. */
    static void requireWorkIn(StoreId store) {
        if (store != null && !mayAccess(store)) {
            throw new BusinessRuleViolated("storeId", "You do not work in that store; choose one of your stores.");
        }
    }
}
