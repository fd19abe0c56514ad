package com.jeweltrak.inventory;

/** Why an item's quantities changed (11-utilities §Quantity Reconciliation R2: the terms of the one formula). */
public enum MovementKind {
    RECEIVE("Received"), ADJUST("Adjusted"), COUNT("Count adjustment"), SALE("Sold"), SALE_RETURN("Returned by customer"),
    MEMO_OUT("Out on memo"), MEMO_RETURN("Back from memo"), VENDOR_RETURN("Returned to vendor"), SCRAP("Scrapped"),
    CONSUME("Set into another item"), RELEASE("Released from another item");

    private final String label;

    MovementKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
