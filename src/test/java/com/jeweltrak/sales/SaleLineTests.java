package com.jeweltrak.sales;

import java.math.BigDecimal;

import com.jeweltrak.platform.BusinessRuleViolated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 02-sales §Adjustment and §Returns and Exchanges: the arithmetic of one line. */
class SaleLineTests {

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    // §Adjustment worked example (R1): list 1,200.00, adjustment 200.00, qty 1 → net 1,000.00, UnitPrice unchanged
    @Test
    void anAdjustmentOfTwoHundredOnTwelveHundredNetsOneThousand() {
        SaleLine line = SaleLine.sale(LineKind.ITEM, d("1"), d("1200.00"), d("200.00"), true, d("500"));
        assertThat(line.net()).isEqualByComparingTo("1000.00");
        assertThat(line.listAmount()).isEqualByComparingTo("1200.00");
        assertThat(line.unitPrice()).isEqualByComparingTo("1200.00");
    }

    // §Adjustment R2: one amount for the whole line, not per unit
    @Test
    void theAdjustmentIsForTheWholeLineNotPerUnit() {
        SaleLine line = SaleLine.sale(LineKind.ITEM, d("3"), d("100.00"), d("30.00"), true, null);
        assertThat(line.net()).isEqualByComparingTo("270.00");
    }

    // §Adjustment R2/R9: entered as a positive amount
    @Test
    void aNegativeAdjustmentOnASaleLineIsRefused() {
        assertThatThrownBy(() -> SaleLine.sale(LineKind.ITEM, d("1"), d("100.00"), d("-5"), true, null))
                .isInstanceOf(BusinessRuleViolated.class)
                .extracting(e -> ((BusinessRuleViolated) e).field()).isEqualTo("adjustment");
    }

    // §Adjustment R9: at most qty × unitPrice
    @Test
    void anAdjustmentLargerThanTheLineIsRefused() {
        assertThatThrownBy(() -> SaleLine.sale(LineKind.ITEM, d("2"), d("100.00"), d("200.01"), true, null))
                .isInstanceOf(SaleLine.AdjustmentExceedsLine.class)
                .hasMessageContaining("200.00");
    }

    // §Adjustment R9: the whole line may be given away
    @Test
    void anAdjustmentEqualToTheLineLeavesZero() {
        assertThat(SaleLine.sale(LineKind.ITEM, d("2"), d("100.00"), d("200.00"), true, null).net()).isZero();
    }

    // §Returns R12 worked example: source 2 × 600.00 − 200.00; return 1 → UnitPrice 600, Adjustment −100, net −500
    @Test
    void returningOneOfTwoProRatesTheAdjustmentNegative() {
        SaleLine source = SaleLine.sale(LineKind.ITEM, d("2"), d("600.00"), d("200.00"), true, d("250.00"));
        SaleLine returned = SaleLine.returning(d("1"), source, SalesTaxTests.FLORIDA, true);
        assertThat(returned.qty()).isEqualByComparingTo("-1");
        assertThat(returned.unitPrice()).isEqualByComparingTo("600.00");
        assertThat(returned.adjustment()).isEqualByComparingTo("-100.00");
        assertThat(returned.net()).isEqualByComparingTo("-500.00");
        assertThat(returned.cost()).isEqualByComparingTo("-250.00");
        assertThat(returned.sourceTax()).isEqualTo(SalesTaxTests.FLORIDA);
    }

    // §Returns R2: a negated price would charge the customer
    @Test
    void aNegativeUnitPriceIsRefused() {
        assertThatThrownBy(() -> SaleLine.sale(LineKind.ITEM, d("-1"), d("-100.00"), null, true, null))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("negative quantity");
    }

    // §Returns R10: no more back than was sold
    @Test
    void returningMoreThanWasSoldIsRefused() {
        SaleLine source = SaleLine.sale(LineKind.ITEM, d("1"), d("600.00"), null, true, null);
        assertThatThrownBy(() -> SaleLine.returning(d("2"), source, SalesTaxTests.FLORIDA, true))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("Only 1");
    }

    // §Returns R12 mirrored R9: a return line's adjustment lies between its (negative) list amount and 0
    @Test
    void aPositiveAdjustmentOnAReturnLineIsRefused() {
        assertThatThrownBy(() -> new SaleLine(LineKind.ITEM, d("-1"), d("600.00"), d("100.00"), true, null, null))
                .isInstanceOf(SaleLine.AdjustmentExceedsLine.class);
    }

    @Test
    void aLineOfZeroQuantityIsRefused() {
        assertThatThrownBy(() -> SaleLine.sale(LineKind.NON_STOCK, BigDecimal.ZERO, d("1"), null, true, null))
                .isInstanceOf(BusinessRuleViolated.class).extracting(e -> ((BusinessRuleViolated) e).field())
                .isEqualTo("qty");
    }
}
