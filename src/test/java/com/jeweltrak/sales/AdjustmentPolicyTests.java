package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.util.List;

import com.jeweltrak.platform.users.Permission;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 02-sales §Adjustment R3–R6: who may discount or reprice a line, enforced on save. */
class AdjustmentPolicyTests {

    static final AdjustmentPolicy CLERK = new AdjustmentPolicy(false, false);
    static final AdjustmentPolicy MANAGER = new AdjustmentPolicy(true, true);

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    // R4: without ShowOrderItemDiscount no adjustment can be added
    @Test
    void aUserWithoutTheDiscountPermissionCannotAddAnAdjustment() {
        assertThatThrownBy(() -> CLERK.adjustmentToSave(null, d("200.00")))
                .isInstanceOf(AdjustmentPolicy.DiscountNeedsPermission.class)
                .hasMessageContaining("View Order Discounts");
    }

    // R4: … nor changed
    @Test
    void aUserWithoutTheDiscountPermissionCannotChangeAnAdjustment() {
        assertThatThrownBy(() -> CLERK.adjustmentToSave(d("200.00"), d("0")))
                .isInstanceOf(AdjustmentPolicy.DiscountNeedsPermission.class);
    }

    // R5: editing other fields keeps someone else's adjustment (the hidden field is not sent)
    @Test
    void aUserWithoutTheDiscountPermissionKeepsSomeoneElsesAdjustment() {
        assertThat(CLERK.adjustmentToSave(d("200.00"), null)).isEqualByComparingTo("200.00");
        assertThat(CLERK.adjustmentToSave(d("200.00"), d("200"))).isEqualByComparingTo("200.00");
    }

    // R3/R4: with the permission the adjustment can be set
    @Test
    void aUserWithTheDiscountPermissionSetsTheAdjustment() {
        assertThat(MANAGER.adjustmentToSave(d("200.00"), d("150.00"))).isEqualByComparingTo("150.00");
    }

    // R6: a different selling price needs Override Price at POS
    @Test
    void changingTheUnitPriceWithoutOverridePermissionIsRefused() {
        assertThatThrownBy(() -> CLERK.unitPriceToSave(d("1200.00"), d("1000.00")))
                .isInstanceOf(AdjustmentPolicy.PriceOverrideNeedsPermission.class)
                .extracting(e -> ((AdjustmentPolicy.PriceOverrideNeedsPermission) e).field()).isEqualTo("unitPrice");
    }

    // R6: keeping the standard price needs nothing; a hand-typed line has no standard price
    @Test
    void theStandardPriceOrAHandTypedLineNeedsNoOverride() {
        assertThat(CLERK.unitPriceToSave(d("1200.00"), d("1200"))).isEqualByComparingTo("1200.00");
        assertThat(CLERK.unitPriceToSave(d("1200.00"), null)).isEqualByComparingTo("1200.00");
        assertThat(CLERK.unitPriceToSave(null, d("45.00"))).isEqualByComparingTo("45.00");
    }

    // R6: with CanOverridePrice the price changes
    @Test
    void aUserWhoMayOverrideChangesThePrice() {
        assertThat(MANAGER.unitPriceToSave(d("1200.00"), d("999.00"))).isEqualByComparingTo("999.00");
    }

    @Test
    void thePolicyReadsTheUsersPermissions() {
        AdjustmentPolicy policy = AdjustmentPolicy.forAuthorities(List.of(
                new SimpleGrantedAuthority(Permission.SHOW_ORDER_ITEM_DISCOUNT), new SimpleGrantedAuthority("Invoices.View")));
        assertThat(policy).isEqualTo(new AdjustmentPolicy(true, false));
    }
}
