package com.jeweltrak.services.warranty;

import com.jeweltrak.platform.BusinessRuleViolated;

/** A $0 redo asked for when the original's warranty has run out, or never ran (03-services §10 R7; issue 9 bad input). */
public class WarrantyWindowPassed extends BusinessRuleViolated {

    public WarrantyWindowPassed(String message) {
        super("unitPrice", message);
    }
}
