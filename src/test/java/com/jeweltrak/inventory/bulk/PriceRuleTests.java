package com.jeweltrak.inventory.bulk;

import java.math.BigDecimal;
import java.util.Set;

import com.jeweltrak.platform.BusinessRuleViolated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rounding and the completeness of a bulk price rule (04-inventory §Pricing Multipliers R9, R10). */
class PriceRuleTests {

    // Pricing Multipliers R10: cents half-up
    @Test
    void centsRoundHalfUp() {
        assertThat(PriceRule.Rounding.CENTS.round(new BigDecimal("10.005"))).isEqualByComparingTo("10.01");
        assertThat(PriceRule.Rounding.CENTS.round(new BigDecimal("10.0049"))).isEqualByComparingTo("10.00");
    }

    // Pricing Multipliers R9: whole dollars half-up, kept with cents
    @Test
    void wholeDollarsRoundHalfUp() {
        assertThat(PriceRule.Rounding.WHOLE_DOLLARS.round(new BigDecimal("10.50")).toPlainString()).isEqualTo("11.00");
        assertThat(PriceRule.Rounding.WHOLE_DOLLARS.round(new BigDecimal("10.49")).toPlainString()).isEqualTo("10.00");
    }

    // Pricing Multipliers R9: a .99 ending is the same dollar's, and a zero price is not raised to 0.99
    @Test
    void ninetyNineEndingsStayInTheSameDollar() {
        assertThat(PriceRule.Rounding.NINETY_NINE.round(new BigDecimal("12.30"))).isEqualByComparingTo("12.99");
        assertThat(PriceRule.Rounding.NINETY_NINE.round(new BigDecimal("12.00"))).isEqualByComparingTo("12.99");
        assertThat(PriceRule.Rounding.NINETY_NINE.round(BigDecimal.ZERO)).isEqualByComparingTo("0");
    }

    // Pricing Multipliers R9: a rule names at least one price, and a percentage or amount needs its value
    @Test
    void aRuleNeedsItsPricesAndItsValue() {
        assertThatThrownBy(() -> new PriceRule(Set.of(), PriceRule.Kind.PERCENT, BigDecimal.TEN, null))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("at least one price");
        assertThatThrownBy(() -> new PriceRule(Set.of(PriceLevel.RETAIL), PriceRule.Kind.AMOUNT, null, null))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("amount");
        assertThat(new PriceRule(Set.of(PriceLevel.RETAIL), PriceRule.Kind.MULTIPLIERS, null, null).rounding())
                .isEqualTo(PriceRule.Rounding.CENTS);
    }
}
