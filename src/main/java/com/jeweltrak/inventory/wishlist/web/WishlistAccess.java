package com.jeweltrak.inventory.wishlist.web;

import java.util.List;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.wishlist.WishlistEntry;
import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/** Wishlists need Contacts.* (checked on the routes) and the View permission of the item's family. */
final class WishlistAccess {

    private WishlistAccess() {
    }

    static void requireView(Family family) {
        if (!CurrentUser.require().can(family.viewPermission())) {
            throw new AccessDeniedException("Needs " + family.viewPermission());
        }
    }

    /** A customer's list shows only the items of families the user may see. */
    static List<WishlistEntry> visible(List<WishlistEntry> entries) {
        CurrentUser me = CurrentUser.require();
        return entries.stream().filter(e -> me.can(e.family().viewPermission())).toList();
    }
}
