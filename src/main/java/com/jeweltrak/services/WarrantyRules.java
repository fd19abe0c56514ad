package com.jeweltrak.services;

import com.jeweltrak.platform.BusinessRuleViolated;

/** The warranty period's own rule (03-services §10 R2, R4): whole days, 0 meaning "no warranty". */
final class WarrantyRules {

    /** Ten years: longer than any bench warranty a jeweler gives; a typo like 9000 is caught. */
    static final int LONGEST = 3660;

    private WarrantyRules() {
    }

    static void check(Integer warrantyDays) {
        if (warrantyDays != null && (warrantyDays < 0 || warrantyDays > LONGEST)) {
            throw new BusinessRuleViolated("warrantyDays", "The warranty is 0 to " + LONGEST + " days (0: no warranty).");
        }
    }
}
