package com.jeweltrak.inventory.wishlist.web;

import java.util.List;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.wishlist.WishlistEntry;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.StoreId;
import org.springframework.security.access.AccessDeniedException;

/**
 * Wishlists need Contacts.* (checked on the routes), the View permission of the item's family, and — like every
 * inventory page (decision 7) — access to the item's store: an item of another store is a 404.
 */
final class WishlistAccess {

    private WishlistAccess() {
    }

    static void requireView(Family family) {
        if (!CurrentUser.require().can(family.viewPermission())) {
            throw new AccessDeniedException("Needs " + family.viewPermission());
        }
    }

    /** The item when the person may see it: its family's View, and its store is one of theirs. */
    static Item viewable(Item item) {
        if (!mayAccess(item.store())) throw new RecordNotFound("Item", item.id());
        requireView(item.family());
        return item;
    }

    /** An entry whose item the person may see; otherwise it is not found. */
    static WishlistEntry viewable(WishlistEntry entry) {
        if (!mayAccess(entry.store())) throw new RecordNotFound("Wishlist entry", entry.id());
        requireView(entry.family());
        return entry;
    }

    /** A customer's list shows only the items of families and stores the person may see. */
    static List<WishlistEntry> visible(List<WishlistEntry> entries) {
        CurrentUser me = CurrentUser.require();
        return entries.stream().filter(e -> me.can(e.family().viewPermission()) && mayAccess(e.store())).toList();
    }

    private static boolean mayAccess(StoreId store) {
        return CurrentUser.require().mayAccess(store);
    }
}
