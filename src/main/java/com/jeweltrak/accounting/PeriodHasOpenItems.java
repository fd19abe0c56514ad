package com.jeweltrak.accounting;

import java.util.List;
import java.util.stream.Collectors;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.PeriodClose;

/** Period Close R5: items in the period need resolving or acknowledging before it is locked. */
public class PeriodHasOpenItems extends BusinessRuleViolated {

    public PeriodHasOpenItems(List<PeriodClose.Check.Attention> attention) {
        super("closedThrough", "Before closing, resolve or acknowledge on Settings → Period Close: " + attention.stream()
                .map(a -> a.count() + " " + a.what()).collect(Collectors.joining(", ")) + ".");
    }
}
