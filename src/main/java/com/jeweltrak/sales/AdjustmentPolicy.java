package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.users.Permission;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who may discount or reprice a line (02-sales §Adjustment R3–R6), checked on the server whatever the page showed:
 * <ul>
 * <li>an Adjustment can be added or changed only with {@code ShowOrderItemDiscount} (R4);</li>
 * <li>a user without it who edits other fields keeps the Adjustment someone else entered (R5): the form does not send
 * the hidden field (null) and the stored one is kept;</li>
 * <li>the UnitPrice can differ from the price the line started from only with {@code CanOverridePrice} (R6).</li>
 * </ul>
 */
public record AdjustmentPolicy(boolean mayDiscount, boolean mayOverridePrice) {

    public static AdjustmentPolicy forAuthorities(Collection<? extends GrantedAuthority> authorities) {
        boolean discount = false, override = false;
        for (GrantedAuthority authority : authorities) {
            discount |= Permission.SHOW_ORDER_ITEM_DISCOUNT.equals(authority.getAuthority());
            override |= Permission.CAN_OVERRIDE_PRICE.equals(authority.getAuthority());
        }
        return new AdjustmentPolicy(discount, override);
    }

    /**
     * The Adjustment to save on a line.
     *
     * @param stored    the line's current Adjustment (null or 0 on a new line)
     * @param requested what the user sent; null when the field was not sent (hidden without the permission)
     */
    public BigDecimal adjustmentToSave(BigDecimal stored, BigDecimal requested) {
        BigDecimal current = Money.orZero(stored);
        if (requested == null || requested.compareTo(current) == 0) return current;
        if (!mayDiscount) throw new DiscountNeedsPermission();
        return requested;
    }

    /**
     * The UnitPrice to save on a line.
     *
     * @param standard  the price the line started from (the item's price, or the line's stored price when it is
     *                  edited); null when there is none to keep to (a non-stock or service line typed by hand)
     * @param requested what the user sent; null keeps {@code standard}
     */
    public BigDecimal unitPriceToSave(BigDecimal standard, BigDecimal requested) {
        if (requested == null) return Objects.requireNonNull(standard, "a unit price is needed");
        if (standard == null || requested.compareTo(standard) == 0) return requested;
        if (!mayOverridePrice) throw new PriceOverrideNeedsPermission();
        return requested;
    }

    /** R4: no View Order Discounts, no adjustment. */
    public static class DiscountNeedsPermission extends BusinessRuleViolated {
        DiscountNeedsPermission() {
            super("adjustment", "Adding or changing an adjustment needs the View Order Discounts permission.");
        }
    }

    /** R6: a different selling price needs Override Price at POS. */
    public static class PriceOverrideNeedsPermission extends BusinessRuleViolated {
        PriceOverrideNeedsPermission() {
            super("unitPrice", "Changing the unit price needs the Override Price at POS permission.");
        }
    }
}
