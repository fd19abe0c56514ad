package com.jeweltrak.accounting;

import java.math.BigDecimal;

import com.jeweltrak.platform.BusinessRuleViolated;

/** Debits must equal credits (design §4); the database checks it again at commit. */
public class EntryNotBalanced extends BusinessRuleViolated {

    public EntryNotBalanced(BigDecimal debits, BigDecimal credits) {
        super("A journal entry must balance: debits " + debits.toPlainString() + ", credits " + credits.toPlainString() + ".");
    }
}
