package com.jeweltrak.sales;

import com.jeweltrak.platform.BusinessRuleViolated;

/** An item is on an invoice once; more units of it are the line's quantity. */
public class ItemAlreadyOnThisInvoice extends BusinessRuleViolated {

    public ItemAlreadyOnThisInvoice(String stockId, String number) {
        super("stockId", "StockID " + stockId + " is already on invoice " + number + "; change that line's quantity instead.");
    }
}
