package com.jeweltrak.inventory.tags.web;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.platform.security.CurrentUser;

/**
 * Whether the signed-in person may print an item's tag: the same as seeing it — its family's View permission and
 * its store among theirs (decision 7), as inventory's own pages check.
 */
final class ItemAccess {

    private ItemAccess() {
    }

    static boolean inTheirStores(Item item) {
        return CurrentUser.get().map(me -> me.mayAccess(item.store())).orElse(true);
    }

    static boolean mayView(Item item) {
        return inTheirStores(item) && CurrentUser.require().can(item.family().viewPermission());
    }
}
