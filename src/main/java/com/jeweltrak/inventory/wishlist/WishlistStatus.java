package com.jeweltrak.inventory.wishlist;

/**
 * What a wishlist entry shows about its item now (07-contacts §Wishlist R4). An item none of which is left
 * shows Sold and the entry stays for history. "Purchased" — sold to this very customer — needs the invoice
 * that sold it; invoices will mark Purchased, so until they exist no entry claims it.
 */
public enum WishlistStatus {
    AVAILABLE("Available"), ON_MEMO("On memo"), SOLD("Sold");

    private final String label;

    WishlistStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
