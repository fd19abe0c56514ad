package com.jeweltrak.partnerships;

/**
 * How a partner shares (02-sales §Partnerships Data): {@code OWNER} recovers their % of the Partnership Value and takes
 * their % of the profit pool; {@code PROFIT_ONLY} takes their % of the pool only (finders' fees, commissions).
 */
public enum ShareKind {
    OWNER("Owner %"), PROFIT_ONLY("Profit Only %");

    private final String label;

    ShareKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
