package com.jeweltrak.services;

/** The two signatures of a job (03-services §5 R1): at intake (liability) and at pickup (receipt). */
public enum SignatureKind {
    INTAKE("intake", "Intake signature"), PICKUP("pickup", "Pickup signature");

    private final String value;
    private final String label;

    SignatureKind(String value, String label) {
        this.value = value;
        this.label = label;
    }

    public String value() {
        return value;
    }

    public String label() {
        return label;
    }

    public static SignatureKind of(String value) {
        for (SignatureKind k : values()) if (k.value.equals(value) || k.name().equalsIgnoreCase(value)) return k;
        throw new IllegalArgumentException("Unknown signature kind " + value);
    }
}
