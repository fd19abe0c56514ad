package com.jeweltrak.inventory.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.wishlist.AddingToAWishlist;
import com.jeweltrak.inventory.wishlist.WishlistEntry;
import com.jeweltrak.inventory.wishlist.Wishlists;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Add to wishlist for many items (07-contacts §Wishlist R1, R2 through {@link AddingToAWishlist}): an entry per item
 * for the picked customer; items already on their list are skipped and named (R2: once per customer).
 */
@Service
public class AddingManyToAWishlist {

    private final AddingToAWishlist adding;
    private final Wishlists wishlists;
    private final BulkAudit audit;

    AddingManyToAWishlist(AddingToAWishlist adding, Wishlists wishlists, BulkAudit audit) {
        this.adding = adding;
        this.wishlists = wishlists;
        this.audit = audit;
    }

    @Transactional
    public BulkOutcome add(List<Item> selected, ContactId customer) {
        audit.mark("wishlist");
        // found first: the single add refuses a duplicate by throwing, which would spoil this one transaction
        Set<ItemId> already = wishlists.of(customer).stream().map(WishlistEntry::item).collect(Collectors.toSet());
        List<String> added = new ArrayList<>();
        List<BulkOutcome.Skipped> skipped = new ArrayList<>();
        for (Item item : selected) {
            if (already.contains(item.id())) {
                skipped.add(new BulkOutcome.Skipped(item.stockId(), "already on the wishlist", null));
            } else {
                adding.add(customer, item.id(), null, null);
                added.add(item.stockId());
            }
        }
        return new BulkOutcome(added, skipped);
    }
}
