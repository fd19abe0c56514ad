package com.jeweltrak.inventory.wishlist;

/** What a wished-for item is meant for; optional (07-contacts §Wishlist, data). */
public enum Occasion {
    BIRTHDAY("Birthday"), ANNIVERSARY("Anniversary"), ENGAGEMENT("Engagement"), OTHER("Other");

    private final String label;

    Occasion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
