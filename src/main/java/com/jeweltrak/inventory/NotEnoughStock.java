package com.jeweltrak.inventory;

import java.math.BigDecimal;

import com.jeweltrak.platform.BusinessRuleViolated;

/** A movement would take an item's quantity below zero (decision 11): refused, naming the item and what is there. */
public class NotEnoughStock extends BusinessRuleViolated {

    public NotEnoughStock(String stockId, String what, BigDecimal available) {
        super("quantity", "StockID " + stockId + " has " + available.stripTrailingZeros().toPlainString() + " " + what
                + "; that is not enough for this.");
    }
}
