package com.jeweltrak.sales.memos;

/** The memo header's status pill (02-sales §Memos R3), computed from the unit totals of all its lines. */
public enum MemoPill {
    EMPTY("Empty", "secondary"), OPEN("Open", "primary"), PARTIAL("Partial", "warning"), RETURNED("Returned", "info"),
    INVOICED("Invoiced", "success"), CLOSED("Closed", "dark");

    private final String label;
    private final String tone;

    MemoPill(String label, String tone) {
        this.label = label;
        this.tone = tone;
    }

    public String label() {
        return label;
    }

    /** The Bootstrap colour of the pill. */
    public String tone() {
        return tone;
    }

    /** Still something out: the bulk action may add to it, the aging follows it (04-inventory §Bulk Actions R4). */
    public boolean open() {
        return this == EMPTY || this == OPEN || this == PARTIAL;
    }
}
