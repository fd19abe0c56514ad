package com.jeweltrak.services;

/**
 * How a work-order deposit was paid (03-services §3 Data). A card is entered by hand (the terminal and Stripe charge-ID
 * methods come with Stripe); the reference field is labelled after the method (R3).
 */
public enum DepositMethod {
    CASH("Cash", "Reference"), CHECK("Check", "Check number"), WIRE("Wire", "Wire reference"),
    ACH("ACH", "ACH trace number"), CARD("Card (entered manually)", "Authorization code");

    private final String label;
    private final String referenceLabel;

    DepositMethod(String label, String referenceLabel) {
        this.label = label;
        this.referenceLabel = referenceLabel;
    }

    public String label() {
        return label;
    }

    /** R3: check → "Check number", wire → "Wire reference", … */
    public String referenceLabel() {
        return referenceLabel;
    }

    public static DepositMethod of(String value) {
        for (DepositMethod m : values()) if (m.name().equalsIgnoreCase(value)) return m;
        return null;
    }
}
