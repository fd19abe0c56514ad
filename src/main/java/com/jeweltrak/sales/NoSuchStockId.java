package com.jeweltrak.sales;

import com.jeweltrak.platform.BusinessRuleViolated;

/** What was scanned or typed in the StockID box names no item: the page then offers the items the text matches. */
public class NoSuchStockId extends BusinessRuleViolated {

    private final String typed;

    NoSuchStockId(String typed) {
        super("stockId", "There is no item with StockID " + typed + ".");
        this.typed = typed;
    }

    public String typed() {
        return typed;
    }
}
