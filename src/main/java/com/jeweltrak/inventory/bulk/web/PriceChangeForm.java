package com.jeweltrak.inventory.bulk.web;

import java.math.BigDecimal;
import java.util.Set;

import com.jeweltrak.inventory.bulk.PriceLevel;
import com.jeweltrak.inventory.bulk.PriceRule;

/** The bulk price change form: which list's selection, which prices, the rule and its value, the rounding. */
record PriceChangeForm(String list, Set<PriceLevel> levels, PriceRule.Kind kind, BigDecimal value,
                       PriceRule.Rounding rounding) {

    static PriceChangeForm blank(String list) {
        return new PriceChangeForm(list, Set.of(PriceLevel.RETAIL), PriceRule.Kind.PERCENT, null, PriceRule.Rounding.CENTS);
    }

    /** Throws {@link com.jeweltrak.platform.BusinessRuleViolated} naming the field when the rule is incomplete. */
    PriceRule rule() {
        return new PriceRule(levels, kind, value, rounding);
    }
}
