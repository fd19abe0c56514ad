package com.jeweltrak.sales;

import com.jeweltrak.platform.web.StateConflict;

/** The invoice's status does not allow the action (e.g. reopening an open invoice): 409. */
public class InvoiceNotInThatState extends StateConflict {

    public InvoiceNotInThatState(String message) {
        super(message);
    }
}
