package com.jeweltrak.sales;

import com.jeweltrak.platform.BusinessRuleViolated;

/** 08-accounting §Writing Off Invoices R6, R7: writing off and reversing both say why, in at most 200 characters. */
final class WriteOffReasons {

    private WriteOffReasons() {
    }

    static String required(String reason, String whenMissing) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) throw new BusinessRuleViolated("reason", whenMissing);
        if (why.length() > 200) throw new BusinessRuleViolated("reason", "Say why in at most 200 characters.");
        return why;
    }
}
