package com.jeweltrak.accounting;

import com.jeweltrak.platform.BusinessRuleViolated;

/** A journal entry is corrected by one reversal, never two (design §4). */
public class EntryAlreadyReversed extends BusinessRuleViolated {

    public EntryAlreadyReversed(long entry) {
        super("Journal entry " + entry + " has already been reversed.");
    }
}
