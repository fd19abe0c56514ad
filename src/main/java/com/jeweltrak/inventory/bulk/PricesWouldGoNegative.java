package com.jeweltrak.inventory.bulk;

import java.util.List;

import com.jeweltrak.platform.BusinessRuleViolated;

/** A bulk price change would take a price below zero (04-inventory §0: prices are never negative): nothing changes. */
public class PricesWouldGoNegative extends BusinessRuleViolated {

    PricesWouldGoNegative(List<String> offenders) {
        super("value", "Prices cannot go below zero; this change would for " + String.join(", ", offenders)
                + ". Nothing was changed.");
    }
}
