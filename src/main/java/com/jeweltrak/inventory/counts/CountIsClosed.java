package com.jeweltrak.inventory.counts;

import com.jeweltrak.platform.BusinessRuleViolated;

/** A finished or cancelled count is read-only. */
public class CountIsClosed extends BusinessRuleViolated {

    CountIsClosed(String title, String status) {
        super("stockId", title + " is " + status.toLowerCase() + "; it takes no more scans or changes.");
    }
}
