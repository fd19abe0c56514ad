package com.jeweltrak.inventory.web;

import com.jeweltrak.inventory.Item;

/** The status badge of an item (04-inventory §0 status badges): in stock, on memo, or none left. */
enum ItemStatus {
    IN_STOCK("In stock", "text-bg-success"), ON_MEMO("On memo", "text-bg-warning"), NONE("None in stock", "text-bg-secondary");

    private final String label;
    private final String css;

    ItemStatus(String label, String css) {
        this.label = label;
        this.css = css;
    }

    static ItemStatus of(Item item) {
        if (item.quantities().inStock().signum() > 0) return IN_STOCK;
        return item.quantities().onMemo().signum() > 0 ? ON_MEMO : NONE;
    }

    public String label() {
        return label;
    }

    public String css() {
        return css;
    }
}
