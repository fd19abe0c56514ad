package com.jeweltrak.settings;

import com.jeweltrak.platform.BusinessRuleViolated;

/** Store names print on invoices, tags and reports (Store Configuration R2): two stores with one name would be ambiguous. */
public class StoreNameTaken extends BusinessRuleViolated {

    public StoreNameTaken(String name) {
        super("name", "Another store is already called \u201C" + name.trim() + "\u201D. Choose a different name.");
    }
}
