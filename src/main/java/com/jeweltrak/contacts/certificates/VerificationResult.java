package com.jeweltrak.contacts.certificates;

/** What the state's portal said about the permit (R2). Only VALID lets a certificate exempt a sale. */
public enum VerificationResult {
    VALID("Valid"),
    INVALID("Invalid"),
    NOT_FOUND("Not found");

    private final String label;

    VerificationResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
