package com.jeweltrak.sales;

import com.jeweltrak.platform.web.StateConflict;

/** 02-sales §Finalize R8: Voided is terminal — nothing is edited, reopened, finalized or deleted (409). */
public class InvoiceIsVoided extends StateConflict {

    public InvoiceIsVoided(String number) {
        super("Invoice " + number + " is voided; a voided invoice cannot be changed.");
    }
}
