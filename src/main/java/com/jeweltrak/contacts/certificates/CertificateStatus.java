package com.jeweltrak.contacts.certificates;

/**
 * Where a certificate stands today, the most pressing first: a replaced one is history (R8), an expired
 * one no longer counts (R6) whatever the portal said, one the portal refused or never saw does not count,
 * one nobody checked yet does not count (R2), and a valid one warns 30 days before it lapses (R6).
 */
public enum CertificateStatus {
    VALID("Valid", "text-bg-success"),
    EXPIRING_SOON("Expiring soon", "text-bg-warning"),
    EXPIRED("Expired", "text-bg-danger"),
    UNVERIFIED("Not verified", "text-bg-secondary"),
    INVALID("Invalid", "text-bg-danger"),
    SUPERSEDED("Superseded", "text-bg-light border");

    private final String label;
    private final String badge;

    CertificateStatus(String label, String badge) {
        this.label = label;
        this.badge = badge;
    }

    public String label() {
        return label;
    }

    /** The Bootstrap badge classes the page shows it with. */
    public String badge() {
        return badge;
    }
}
