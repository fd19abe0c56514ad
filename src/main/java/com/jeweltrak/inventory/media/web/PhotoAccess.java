package com.jeweltrak.inventory.media.web;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change an item's photos: seeing needs what seeing the item needs — its family's View and its
 * store among the person's (decision 7; another store's or tenant's item is a 404); changing needs the family's Edit.
 */
@Component
class PhotoAccess {

    private final Items items;

    PhotoAccess(Items items) {
        this.items = items;
    }

    Item viewable(long id) {
        Item item = items.get(new ItemId(id));
        CurrentUser me = CurrentUser.require();
        if (!me.mayAccess(item.store())) throw new RecordNotFound("Item", id);
        if (!me.can(item.family().viewPermission())) throw new AccessDeniedException("Needs " + item.family().viewPermission());
        return item;
    }

    Item editable(long id) {
        Item item = viewable(id);
        if (!mayEdit(item)) throw new AccessDeniedException("Needs " + item.family().permission("Edit"));
        return item;
    }

    static boolean mayEdit(Item item) {
        return CurrentUser.require().can(item.family().permission("Edit"));
    }
}
