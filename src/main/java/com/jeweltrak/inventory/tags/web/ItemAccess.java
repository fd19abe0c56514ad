package com.jeweltrak.inventory.tags.web;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.users.Permission;

/**
 * Whether the signed-in person may print an item's tag: the same as seeing it — its family's View permission and
 * its store among theirs (decision 7), as inventory's own pages check (inventory.web.StoreScope, not exported).
 */
final class ItemAccess {

    private ItemAccess() {
    }

    static boolean inTheirStores(Item item) {
        return CurrentUser.get().map(me -> me.can(Permission.CAN_VIEW_ALL_STORES) || me.mayWorkIn(item.store())).orElse(true);
    }

    static boolean mayView(Item item) {
        return inTheirStores(item) && CurrentUser.require().can(item.family().viewPermission());
    }
}
