package com.jeweltrak.accounting;

import java.time.LocalDate;

import com.jeweltrak.platform.BusinessRuleViolated;

/** Period Close R1: nothing is posted on or before Closed Through. */
public class PeriodIsClosed extends BusinessRuleViolated {

    public PeriodIsClosed(LocalDate date, LocalDate closedThrough) {
        super("date", "The books are closed through " + closedThrough + "; nothing can be posted on " + date + ".");
    }
}
