package com.jeweltrak.platform.features;

/**
 * The opt-in capabilities of 10-settings §Features, off for a new tenant (R1) and switched by its own admins (decision
 * 9). Only the flags something reads are listed; the others of the spec's table join when their capability is built.
 */
public enum Feature {
    JOB_AUTOMATION("Job Automation", "Creates the invoice (with every deposit applied) when a job is marked Ready for "
            + "pickup, proposes repair status messages, and opens Settings → Repair Messages (03-services §14).");

    private final String label;
    private final String description;

    Feature(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public static Feature of(String key) {
        for (Feature f : values()) if (f.name().equalsIgnoreCase(key)) return f;
        return null;
    }
}
