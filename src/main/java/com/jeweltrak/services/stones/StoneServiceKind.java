package com.jeweltrak.services.stones;

/** What a stone goes out for (03-services §11 Data: Recut | Repolish | Re-certify | Repair | Other). */
public enum StoneServiceKind {
    RECUT("recut", "Recut"), REPOLISH("repolish", "Repolish"), RECERTIFY("recertify", "Re-certify"),
    REPAIR("repair", "Repair"), OTHER("other", "Other");

    private final String value;
    private final String label;

    StoneServiceKind(String value, String label) {
        this.value = value;
        this.label = label;
    }

    public String value() {
        return value;
    }

    public String label() {
        return label;
    }

    /** The stored value or the constant's name; null when it is neither. */
    public static StoneServiceKind find(String value) {
        if (value == null) return null;
        for (StoneServiceKind k : values()) if (k.value.equals(value) || k.name().equalsIgnoreCase(value)) return k;
        return null;
    }
}
