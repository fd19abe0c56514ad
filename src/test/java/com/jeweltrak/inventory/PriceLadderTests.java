package com.jeweltrak.inventory;

import java.math.BigDecimal;

import com.jeweltrak.inventory.PriceLadder.Base;
import com.jeweltrak.inventory.PriceLadder.Step;
import com.jeweltrak.platform.BusinessRuleViolated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The price ladder on its own (04-inventory §Inventory Pricing Multipliers). */
class PriceLadderTests {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    // Pricing Multipliers worked example "All from cost" (R3, R4)
    @Test
    void allFromCostGivesTwoThousandTwentyFiveHundredThreeThousandFourThousand() {
        PriceLadder ladder = new PriceLadder(d("2.0"), new Step(d("2.5"), Base.COST), new Step(d("3.0"), Base.COST),
                new Step(d("4.0"), Base.COST));
        Item.Prices prices = ladder.pricesFor(d("1000.00"));
        assertThat(prices.price1()).isEqualTo(d("2000.00"));
        assertThat(prices.price2()).isEqualTo(d("2500.00"));
        assertThat(prices.price3()).isEqualTo(d("3000.00"));
        assertThat(prices.retail()).isEqualTo(d("4000.00"));
    }

    // Pricing Multipliers worked example "Stacked" (R4, R10)
    @Test
    void stackedGivesTwoThousandTwentyFiveHundredThreeThousandThirtyNineNinety() {
        PriceLadder ladder = new PriceLadder(d("2.0"), new Step(d("1.25"), Base.PREVIOUS), new Step(d("1.20"), Base.PREVIOUS),
                new Step(d("1.33"), Base.PREVIOUS));
        Item.Prices prices = ladder.pricesFor(d("1000.00"));
        assertThat(prices.price1()).isEqualTo(d("2000.00"));
        assertThat(prices.price2()).isEqualTo(d("2500.00"));
        assertThat(prices.price3()).isEqualTo(d("3000.00"));
        assertThat(prices.retail()).isEqualTo(d("3990.00"));
    }

    // Pricing Multipliers R10: each level rounded half-up to cents, a stacked level multiplies the rounded one
    @Test
    void aStackedLevelMultipliesTheRoundedPreviousLevel() {
        PriceLadder ladder = new PriceLadder(d("1.005"), new Step(d("3"), Base.PREVIOUS), null, null);
        Item.Prices prices = ladder.pricesFor(d("10.00"));
        assertThat(prices.price1()).isEqualTo(d("10.05")); // 10.05 exactly, half-up of 10.050
        assertThat(prices.price2()).isEqualTo(d("30.15")); // 3 × 10.05, not 3 × 10.050 rounded later
        PriceLadder halfUp = new PriceLadder(d("1.5"), null, null, null);
        assertThat(halfUp.pricesFor(d("0.03")).price1()).isEqualTo(d("0.05")); // 0.045 → 0.05
    }

    // Pricing Multipliers R11: no multiplier (blank or 0) leaves the level blank, and a level stacked on it too
    @Test
    void aLevelWithoutMultiplierStaysBlank() {
        PriceLadder ladder = new PriceLadder(d("2"), new Step(BigDecimal.ZERO, Base.COST), new Step(d("1.2"), Base.PREVIOUS),
                new Step(d("4"), Base.COST));
        Item.Prices prices = ladder.pricesFor(d("100"));
        assertThat(prices.price1()).isEqualTo(d("200.00"));
        assertThat(prices.price2()).isNull();
        assertThat(prices.price3()).isNull();
        assertThat(prices.retail()).isEqualTo(d("400.00"));
        assertThat(PriceLadder.NONE.pricesFor(d("100"))).isEqualTo(Item.Prices.NONE);
    }

    // Pricing Multipliers R6, R7: only blank prices are filled; a typed price is kept
    @Test
    void fillingKeepsTypedPrices() {
        PriceLadder ladder = new PriceLadder(d("2"), new Step(d("2.5"), Base.COST), null, new Step(d("4"), Base.COST));
        Item.Prices filled = ladder.fillBlanks(new Item.Prices(null, d("999.99"), null, null), d("100"));
        assertThat(filled.price1()).isEqualTo(d("200.00"));
        assertThat(filled.price2()).isEqualTo(d("999.99"));
        assertThat(filled.price3()).isNull();
        assertThat(filled.retail()).isEqualTo(d("400.00"));
    }

    // Pricing Multipliers R2: plain non-negative numbers
    @Test
    void aNegativeMultiplierIsRefusedNamingItsField() {
        assertThatThrownBy(() -> new PriceLadder(d("2"), new Step(d("-1"), Base.COST), null, null))
                .isInstanceOf(BusinessRuleViolated.class)
                .satisfies(e -> assertThat(((BusinessRuleViolated) e).field()).isEqualTo("p2Multiplier"));
    }
}
