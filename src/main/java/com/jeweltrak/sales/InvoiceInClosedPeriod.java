package com.jeweltrak.sales;

import java.time.LocalDate;

import com.jeweltrak.platform.BusinessRuleViolated;

/** Period Close R1, 02-sales §Finalize R13: the invoice's date lies in the closed period. */
public class InvoiceInClosedPeriod extends BusinessRuleViolated {

    public InvoiceInClosedPeriod(LocalDate date, LocalDate closedThrough) {
        super("invoiceDate", "The books are closed through " + closedThrough + "; an invoice dated " + date
                + " cannot be changed or created. Ask an administrator to reopen the period if it must be.");
    }
}
