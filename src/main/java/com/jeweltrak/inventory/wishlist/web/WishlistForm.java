package com.jeweltrak.inventory.wishlist.web;

import com.jeweltrak.inventory.wishlist.Occasion;
import jakarta.validation.constraints.Size;

/** The item page's "add to a wishlist" form: the customer from the role picker, what for, a note. */
record WishlistForm(Long contactId, Occasion occasion,
                    @Size(max = 500, message = "Keep the note to 500 characters.") String note) {

    static WishlistForm blank() {
        return new WishlistForm(null, null, null);
    }
}
