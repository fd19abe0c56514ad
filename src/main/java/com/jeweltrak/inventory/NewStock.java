package com.jeweltrak.inventory;

import java.math.BigDecimal;

import com.jeweltrak.platform.BusinessRuleViolated;

/**
 * What a new item is received with (04-inventory §Adding Inventory Items R7): a quantity above zero (default 1)
 * and, for loose stones, their total carat weight above zero; other families have no carat weight here.
 */
public record NewStock(BigDecimal quantity, BigDecimal carats) {

    public static NewStock one() {
        return new NewStock(BigDecimal.ONE, null);
    }

    public NewStock {
        if (quantity == null || quantity.signum() <= 0) {
            throw new BusinessRuleViolated("quantity", "The quantity received must be more than 0.");
        }
        if (quantity.stripTrailingZeros().scale() > 3) {
            throw new BusinessRuleViolated("quantity", "Enter the quantity with at most 3 decimals.");
        }
        if (carats != null && carats.signum() <= 0) {
            throw new BusinessRuleViolated("carats", "The carat weight must be more than 0.");
        }
        if (carats != null && carats.stripTrailingZeros().scale() > 3) {
            throw new BusinessRuleViolated("carats", "Enter the carat weight with at most 3 decimals, like 1.015.");
        }
    }

    /** Stones need their weight; a piece of jewelry, a watch or pearls are counted, not weighed here. */
    void requireFits(Family family) {
        if (family.isStone() && carats == null) {
            throw new BusinessRuleViolated("carats", "Enter the carat weight; it must be more than 0.");
        }
        if (!family.isStone() && carats != null) {
            throw new BusinessRuleViolated("carats", "Only loose diamonds and colored stones carry a carat weight.");
        }
    }
}
