package com.jeweltrak.services;

/** Where a job shows on the board (03-services §1 R3, R5, R6); only its status decides (R4). */
public enum Lane {
    IN_SHOP("In Shop"), IN_PROGRESS("In Progress"), READY_FOR_PICKUP("Ready for Pickup"), ON_HOLD("On Hold"),
    /** Picked up, closed, cancelled: List view only. */
    OFF_BOARD("Done");

    private final String label;

    Lane(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
