package com.jeweltrak.settings.web;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rates typed as percent, kept as fractions (10-settings §Store Configuration: TaxRate 0.06 = 6%). */
class SettingsDecimalsTests {

    // 10-settings §Store Configuration R6: 6.25 typed means 0.0625 kept, exactly
    @Test
    void aPercentBecomesTheExactFraction() {
        assertThat(Decimals.fractionOf(new BigDecimal("6.25"))).isEqualByComparingTo("0.0625");
        assertThat(Decimals.fractionOf(new BigDecimal("7.0125"))).isEqualByComparingTo("0.070125");
    }

    // design §5 forms: a blank rate field means no tax, not an error
    @Test
    void aBlankPercentIsZero() {
        assertThat(Decimals.fractionOf(null)).isEqualByComparingTo("0");
    }

    // 10-settings §Store Configuration R6: the stored fraction shows as the percent, without trailing zeros or exponent
    @Test
    void aFractionIsShownAsAPlainPercent() {
        assertThat(Decimals.percentOf(new BigDecimal("0.062500")).toString()).isEqualTo("6.25");
        assertThat(Decimals.percentOf(new BigDecimal("0.100000")).toString()).isEqualTo("10");
        assertThat(Decimals.percentOf(new BigDecimal("0.000000")).toString()).isEqualTo("0");
    }

    // design §5b: money is a decimal string with cents, keeping a fourth decimal when there is one (decision 10)
    @Test
    void moneyIsWrittenWithAtLeastCents() {
        assertThat(Decimals.moneyText(new BigDecimal("5000.0000"))).isEqualTo("5000.00");
        assertThat(Decimals.moneyText(new BigDecimal("1E+3"))).isEqualTo("1000.00");
        assertThat(Decimals.moneyText(new BigDecimal("12.3456"))).isEqualTo("12.3456");
        assertThat(Decimals.moneyText(null)).isNull();
    }
}
