package com.jeweltrak.inventory.styles;

import com.jeweltrak.platform.BusinessRuleViolated;

/** R9: a style number names one style of the tenant, however it is capitalised. */
public class StyleNumberTaken extends BusinessRuleViolated {
    StyleNumberTaken(String number) {
        super("styleNumber", "Style " + number + " already exists; open it or choose another number.");
    }
}
