package com.jeweltrak.inventory.styles;

import com.jeweltrak.platform.BusinessRuleViolated;

/** R10: items made from a style keep pointing at it, so it can only be deactivated. */
public class StyleHasItems extends BusinessRuleViolated {
    StyleHasItems(String number, long items) {
        super("Style " + number + " has " + items + (items == 1 ? " item" : " items")
                + " made from it and cannot be deleted; deactivate it to hide it from pickers.");
    }
}
