package com.jeweltrak.inventory.stones.web;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The item a set-stone or certificate route names, if the person may see it: another tenant's or another
 * store's item is a 404 (decision 7), the family's View permission guards reading and its Edit permission changes.
 */
@Component
class StoneAccess {

    private final Items items;

    StoneAccess(Items items) {
        this.items = items;
    }

    Item viewable(long id) {
        Item item = items.get(new ItemId(id));
        CurrentUser me = CurrentUser.require();
        if (!me.mayAccess(item.store())) throw new RecordNotFound("Item", id);
        require(item, "View");
        return item;
    }

    Item editable(long id) {
        Item item = viewable(id);
        require(item, "Edit");
        return item;
    }

    static boolean canEdit(Item item) {
        return CurrentUser.require().can(item.family().permission("Edit"));
    }

    private static void require(Item item, String action) {
        if (!CurrentUser.require().can(item.family().permission(action))) {
            throw new AccessDeniedException("Needs " + item.family().permission(action));
        }
    }
}
