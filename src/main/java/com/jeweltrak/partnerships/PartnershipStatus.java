package com.jeweltrak.partnerships;

/**
 * Active → Sold (a reconciliation is owed) → Paid (reconciled). ENDED: a cycle closed by a reset without (further)
 * payout, e.g. its sale was cancelled and the user started a new cycle (R10).
 */
public enum PartnershipStatus {
    ACTIVE("Active"), SOLD("Sold, not yet reconciled"), PAID("Paid"), ENDED("Ended");

    private final String label;

    PartnershipStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** One live cycle per item: Active or Sold. */
    public boolean live() {
        return this == ACTIVE || this == SOLD;
    }
}
