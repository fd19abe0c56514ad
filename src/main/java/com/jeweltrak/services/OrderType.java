package com.jeweltrak.services;

/** What kind of bench job (03-services §0): a repair, a custom job, or a production (manufacturing) piece. */
public enum OrderType {
    REPAIR("repair", "Repair"), CUSTOM("custom", "Custom job"), MANUFACTURING("manufacturing", "Production");

    private final String value;
    private final String label;

    OrderType(String value, String label) {
        this.value = value;
        this.label = label;
    }

    public String value() {
        return value;
    }

    public String label() {
        return label;
    }

    /** Repairs and custom jobs are made for a customer; production is not (§0, §15 R1). */
    public boolean needsCustomer() {
        return this != MANUFACTURING;
    }

    public static OrderType of(String value) {
        for (OrderType t : values()) if (t.value.equals(value) || t.name().equalsIgnoreCase(value)) return t;
        throw new IllegalArgumentException("Unknown order type " + value);
    }
}
