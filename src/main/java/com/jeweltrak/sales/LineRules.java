package com.jeweltrak.sales;

import java.math.BigDecimal;

import com.jeweltrak.platform.BusinessRuleViolated;

/**
 * Checks a line's numbers before it is saved: a positive quantity (a negative one only on a return line, which {@link AddingAReturnLine} makes from its source), and the
 * rules every sale line keeps — price not negative, adjustment a positive amount no larger than the line
 * (02-sales §Adjustment R2, R9) — which are {@link SaleLine}'s own. Who may set them is {@link AdjustmentPolicy}'s.
 */
final class LineRules {

    private LineRules() {
    }

    static void checkNumbers(BigDecimal quantity, BigDecimal unitPrice, BigDecimal adjustment) {
        if (quantity == null || quantity.signum() <= 0) throw new BusinessRuleViolated("quantity", "The quantity is more than 0.");
        SaleLine.sale(LineKind.NON_STOCK, quantity, unitPrice, adjustment, false, null);
    }
}
