package com.jeweltrak.services.vendormail;

/** The two e-mails to a stage's vendor (03-services §6 R2): ask for a price, or tell them to go ahead. */
public enum VendorMailKind {
    QUOTE_REQUEST("quote_request", "Quote request"), WORK_REQUEST("work_request", "Work request");

    private final String value;
    private final String label;

    VendorMailKind(String value, String label) {
        this.value = value;
        this.label = label;
    }

    public String value() {
        return value;
    }

    public String label() {
        return label;
    }

    public static VendorMailKind of(String value) {
        for (VendorMailKind k : values()) if (k.value.equals(value) || k.name().equalsIgnoreCase(value)) return k;
        throw new IllegalArgumentException("Unknown vendor e-mail kind " + value);
    }
}
