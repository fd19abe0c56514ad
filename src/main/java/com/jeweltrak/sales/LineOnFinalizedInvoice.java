package com.jeweltrak.sales;

import com.jeweltrak.platform.web.StateConflict;

/** 02-sales §Finalize R4(a), R5: a finalized invoice's lines are locked until it is reopened (409). */
public class LineOnFinalizedInvoice extends StateConflict {

    public LineOnFinalizedInvoice(String number) {
        super("Invoice " + number + " is finalized: reopen it to change it.");
    }
}
