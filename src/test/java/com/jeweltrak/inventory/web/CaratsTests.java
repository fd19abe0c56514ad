package com.jeweltrak.inventory.web;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Carat weights read as the trade writes them (04-inventory Diamond "Ct Wt", 2–3 dp). */
class CaratsTests {

    // 04-inventory Diamond: Ct Wt shows two decimals, three when weighed to the thousandth
    @Test
    void caratsShowTwoDecimalsOrThreeWhenWeighedToIt() {
        assertThat(Carats.text(new BigDecimal("0.300"))).isEqualTo("0.30");
        assertThat(Carats.text(new BigDecimal("2"))).isEqualTo("2.00");
        assertThat(Carats.text(new BigDecimal("1.015"))).isEqualTo("1.015");
        assertThat(Carats.text(null)).isNull();
    }
}
