package com.jeweltrak.sales;

import java.math.BigDecimal;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.users.Permission;

/** Checks a line's numbers and who may set them (02-sales §Adjustment R2, R4, R6, R9). */
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

    /** R4: only a holder of ShowOrderItemDiscount sets or changes an Adjustment. */
    static void checkMaySetAdjustment(InvoiceWork work, BigDecimal before, BigDecimal after) {
        if (after.compareTo(before) != 0 && !work.may(Permission.SHOW_ORDER_ITEM_DISCOUNT)) {
            throw new BusinessRuleViolated("adjustment", "Giving an adjustment needs the permission View Order Discounts.");
        }
    }

    /** R6: selling an item at another price than its own needs Override Price at POS. */
    static void checkMayOverridePrice(InvoiceWork work, BigDecimal listed, BigDecimal asked) {
        if (listed != null && asked.compareTo(listed) != 0 && !work.may(Permission.CAN_OVERRIDE_PRICE)) {
            throw new BusinessRuleViolated("unitPrice", "Changing the item's price needs the permission Override price; "
                    + "use an adjustment for a discount.");
        }
    }
}
