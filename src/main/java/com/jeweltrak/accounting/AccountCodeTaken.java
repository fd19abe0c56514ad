package com.jeweltrak.accounting;

import com.jeweltrak.platform.BusinessRuleViolated;

/** Two accounts cannot share a code. */
public class AccountCodeTaken extends BusinessRuleViolated {

    public AccountCodeTaken(String code) {
        super("code", "Another account already has the code " + code + ".");
    }
}
