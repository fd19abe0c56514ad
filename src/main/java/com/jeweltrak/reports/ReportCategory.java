package com.jeweltrak.reports;

/** The landing page's groups (§Using the Reports Module R1). */
public enum ReportCategory {
    TRANSACTIONAL("Transactional"),
    SALES("Sales"),
    INVENTORY("Inventory"),
    ACCOUNTING("Accounting");

    private final String label;

    ReportCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
