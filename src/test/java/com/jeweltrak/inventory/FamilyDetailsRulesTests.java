package com.jeweltrak.inventory;

import java.math.BigDecimal;

import com.jeweltrak.platform.BusinessRuleViolated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each family's attributes check themselves (04-inventory §Adding Inventory Items, the per-family tables). */
class FamilyDetailsRulesTests {

    private static DiamondDetails diamond(String colorClass, String color, String fancyColor, String clarity, String lab,
                                          String cert) {
        return new DiamondDetails(colorClass, "Round", color, fancyColor, clarity, null, null, null, null, lab, cert,
                null, null, null, null, null, null, 1);
    }

    private static void refused(Runnable build, String field) {
        assertThatThrownBy(build::run).isInstanceOfSatisfying(BusinessRuleViolated.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    // 04-inventory Diamond: clarity is one of FL…I3; anything else is refused naming the field
    @Test
    void anUnknownClarityIsRefused() {
        refused(() -> diamond("WHITE", "G", null, "VS3", null, null), "clarity");
        assertThat(diamond("WHITE", "G", null, "vs1", null, null).clarity()).isEqualTo("VS1");
    }

    // 04-inventory Diamond: a white diamond has a D–Z color, a fancy one a named fancy color, never both
    @Test
    void whiteDiamondsHaveALetterColorAndFancyOnesANamedColor() {
        refused(() -> diamond("FANCY", "G", "Fancy Vivid Yellow", null, null, null), "color");
        refused(() -> diamond("WHITE", null, "Fancy Vivid Yellow", null, null, null), "fancyColor");
        refused(() -> diamond("WHITE", "A", null, null, null, null), "color");
        assertThat(diamond("FANCY", null, "Fancy Vivid Yellow", null, null, null).fancyColor()).isEqualTo("Fancy Vivid Yellow");
    }

    // 04-inventory Diamond: a certificate number belongs to a lab
    @Test
    void aCertificateNumberNeedsItsLab() {
        refused(() -> diamond("WHITE", "G", null, null, null, "2141438171"), "lab");
        refused(() -> diamond("WHITE", "G", null, null, "NONE", "2141438171"), "lab");
        refused(() -> diamond("WHITE", "G", null, null, "XYZ", "2141438171"), "lab");
    }

    // 04-inventory Colored stone: the species is typed (stated) and required; treatment is a closed list
    @Test
    void aColoredStoneNeedsItsSpeciesAndAKnownTreatment() {
        refused(() -> new ColoredStoneDetails(" ", null, null, null, null, null, null, null, null, null, null, null, null, 1),
                "species");
        refused(() -> new ColoredStoneDetails("Ruby", null, null, null, null, null, "Burma", "Cooked", null, null, null, null,
                null, 1), "treatment");
        assertThat(new ColoredStoneDetails("Ruby", null, null, null, null, null, "Burma", "heated", null, null, null, null,
                null, 1).treatment()).isEqualTo("HEATED");
    }

    // 04-inventory Jewelry: ring sizes go in quarter steps; weights are above zero
    @Test
    void ringSizesGoInQuarterStepsAndWeightsAreAboveZero() {
        refused(() -> new JewelryDetails("Platinum", "PT950", null, new BigDecimal("6.3"), null, null, null), "ringSize");
        refused(() -> new JewelryDetails("Platinum", "PT950", BigDecimal.ZERO, null, null, null, null), "metalWeightGrams");
        assertThat(new JewelryDetails("Platinum", "PT950", new BigDecimal("5.1"), new BigDecimal("6.75"), null, "ladies",
                null).gender()).isEqualTo("LADIES");
    }

    // 04-inventory Watch: movement is automatic, manual or quartz; the year has four digits
    @Test
    void aWatchHasAKnownMovementAndAFourDigitYear() {
        refused(() -> new WatchDetails("Omega", "Seamaster", null, 19, null, null, null, null, null, null, false, false,
                null, null), "year");
        refused(() -> new WatchDetails("Omega", "Seamaster", null, 2019, null, null, null, null, null, "Kinetic", false,
                false, null, null), "movement");
    }

    // 04-inventory Pearl: sizes in millimetres, the larger second; no carats, clarity or D–Z color exist on a pearl
    @Test
    void aPearlSizeRangeHasTheLargerSizeSecond() {
        refused(() -> new PearlDetails("AKOYA", new BigDecimal("8"), new BigDecimal("7.5"), null, null, null, null, null,
                null, null, null, null), "sizeToMm");
        assertThat(new PearlDetails("south sea", new BigDecimal("10"), new BigDecimal("12"), null, "round", null, null,
                null, null, null, null, null).type()).isEqualTo("SOUTH_SEA");
    }

    // 04-inventory §0: family codes J W D C P and the URL slugs parse both ways; an unknown family is none
    @Test
    void familiesParseFromCodesNamesAndSlugs() {
        assertThat(Family.parse("D")).contains(Family.DIAMOND);
        assertThat(Family.parse("colored-stones")).contains(Family.COLORED_STONE);
        assertThat(Family.parse("pearl")).contains(Family.PEARL);
        assertThat(Family.parse("Bracelet")).isEmpty();
    }
}
