package com.jeweltrak.inventory.wishlist;

import com.jeweltrak.contacts.ContactId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Takes an entry off a customer's wishlist; the item is untouched (07-contacts §Wishlist R3). */
@Service
public class RemovingFromAWishlist {

    private final Wishlists wishlists;

    RemovingFromAWishlist(Wishlists wishlists) {
        this.wishlists = wishlists;
    }

    /** Removes the entry when it is on that contact's list; otherwise it is not found. */
    @Transactional
    public WishlistEntry remove(ContactId contact, long entryId) {
        WishlistEntry entry = wishlists.get(contact, entryId);
        wishlists.remove(entryId);
        return entry;
    }
}
