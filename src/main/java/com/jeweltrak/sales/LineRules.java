package com.jeweltrak.sales;

import java.math.BigDecimal;

import com.jeweltrak.platform.BusinessRuleViolated;

/** Checks a line's numbers (02-sales §Adjustment R2, R9); who may set them is {@link AdjustmentPolicy}'s. */
final class LineRules {

    private LineRules() {
    }

    static void checkNumbers(BigDecimal quantity, BigDecimal unitPrice, BigDecimal adjustment) {
        if (quantity == null || quantity.signum() <= 0) throw new BusinessRuleViolated("quantity", "The quantity is more than 0.");
        if (unitPrice == null || unitPrice.signum() < 0) throw new BusinessRuleViolated("unitPrice", "The unit price is 0 or more.");
        // R2, R9: a positive amount for the whole line, at most the line's list amount
        if (adjustment.signum() < 0) {
            throw new BusinessRuleViolated("adjustment", "Enter the adjustment as a positive amount for the whole line.");
        }
        if (adjustment.compareTo(quantity.multiply(unitPrice)) > 0) {
            throw new BusinessRuleViolated("adjustment", "The adjustment cannot be more than Qty × Unit price.");
        }
    }
}
