package com.jeweltrak.sales;

import com.jeweltrak.platform.BusinessRuleViolated;

/**
 * The item is committed to another invoice — sold there, or reserved to it while it is reopened (decision 2) — so it
 * cannot be sold here (design §4: a one-of-a-kind item is never sold twice).
 */
public class ItemSoldElsewhere extends BusinessRuleViolated {

    public ItemSoldElsewhere(String stockId, String otherInvoice, boolean meanwhile) {
        super("stockId", "StockID " + stockId + " was sold on invoice " + otherInvoice + (meanwhile ? " meanwhile." : "."));
    }
}
