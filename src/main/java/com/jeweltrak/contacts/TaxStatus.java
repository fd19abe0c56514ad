package com.jeweltrak.contacts;

/** How sales to a contact are taxed by default. */
public enum TaxStatus {
    TAXABLE("Taxable"),
    /** Buys for resale: exempt only with a valid resale certificate (§Resale Certificates R3–R4). */
    RESALE("Wholesale (resale certificate)"),
    /** Exempt for another reason (government, non-profit), which the contact states. */
    EXEMPT("Tax exempt");

    private final String label;

    TaxStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
