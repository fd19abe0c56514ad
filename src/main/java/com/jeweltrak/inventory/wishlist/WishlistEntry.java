package com.jeweltrak.inventory.wishlist;

import java.math.BigDecimal;
import java.time.Instant;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.platform.tenancy.StoreId;

/** One item on one customer's wishlist, read with what the list shows of the item and the customer. */
public record WishlistEntry(long id, ContactId contact, String contactName, ItemId item, String stockId, Family family,
                            StoreId store,
                            String description, BigDecimal retail, WishlistStatus status, Occasion occasion, String note,
                            Instant addedAt, String addedBy) {
}
