package com.jeweltrak.contacts;

import java.util.Locale;
import java.util.Optional;

/**
 * What a contact is to the business (07-contacts §Unified Contacts R4–R6). A contact holds any mix of the
 * three; each role opens its own documents and reports (R8).
 */
public enum ContactRole {
    /** Buys from you: invoices, payments, AR. */
    CUSTOMER("Customer", "is_customer"),
    /** You buy from them: purchase orders, vendor invoices, AP. */
    VENDOR("Vendor", "is_vendor"),
    /** Co-owns merchandise with you: partnerships and settlements. */
    PARTNER("Partner", "is_partner");

    private final String label;
    private final String column;

    ContactRole(String label, String column) {
        this.label = label;
        this.column = column;
    }

    public String label() {
        return label;
    }

    /** The flag column on the contact table; constant SQL, never user input. */
    public String column() {
        return column;
    }

    /** "customer", "vendor", "partner" — as in URLs and JSON. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ContactRole> fromKey(String key) {
        if (key == null) return Optional.empty();
        for (ContactRole role : values()) {
            if (role.key().equalsIgnoreCase(key.trim())) return Optional.of(role);
        }
        return Optional.empty();
    }
}
