package com.jeweltrak.inventory.bulk.web;

/** Add to wishlist: which list's selection, and the customer picked with the contacts picker. */
record WishlistBulkForm(String list, Long contactId) {
}
