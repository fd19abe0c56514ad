package com.jeweltrak.platform.picklists;

import com.jeweltrak.platform.BusinessRuleViolated;

/** R5: deleting a value records still hold would blank their data; merging keeps it. */
public class ValueInUse extends BusinessRuleViolated {

    ValueInUse(long uses) {
        super("value", "Used by " + uses + (uses == 1 ? " record" : " records") + " \u2014 merge it into another value first.");
    }
}
