package com.jeweltrak.inventory.descriptions;

import java.util.Map;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.platform.BusinessRuleViolated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Description templates over an item's facts (04-inventory §Generating Descriptions R6, R7). */
class DescriptionTemplateTests {

    private static String render(Family family, String template, Map<String, String> form) {
        return new DescriptionTemplate(family, template).render(ItemFacts.of(family, form));
    }

    // R6: a jewelry template reads the form's metal, karat and weight
    @Test
    void jewelryTemplateFillsMetalKaratAndWeight() {
        assertThat(render(Family.JEWELRY, "{karat} {metal} {category}, {weight}, size {ringSize}",
                Map.of("karat", "14K", "metal", "White Gold", "category", "Ring", "metalWeightGrams", "3.50", "ringSize", "6.50")))
                .isEqualTo("14K White Gold Ring, 3.5 g, size 6.5");
    }

    // R6: a token with no value disappears with the separator it leaves
    @Test
    void emptyValuesCollapseCleanly() {
        assertThat(render(Family.JEWELRY, "{karat} {metal} {category}, {weight} ({gender})[, size {ringSize}]",
                Map.of("category", "Pendant", "karat", "18K")))
                .isEqualTo("18K Pendant");
    }

    // R6: a watch template reads brand, model, reference and labels the movement
    @Test
    void watchTemplateFillsBrandModelAndMovement() {
        assertThat(render(Family.WATCH, "{brand} {model} ref. {reference}, {caseSize} {caseMaterial}, {movement}",
                Map.of("brand", "Rolex", "model", "Datejust", "referenceNumber", "126300", "caseSizeMm", "41.0",
                        "caseMaterial", "Stainless Steel", "movement", "AUTOMATIC")))
                .isEqualTo("Rolex Datejust ref. 126300, 41 mm Stainless Steel, Automatic");
    }

    // R6: a diamond template reads carats, shape, color, clarity, cut and the lab's certificate
    @Test
    void diamondTemplateFillsTheFourCsAndCertificate() {
        assertThat(render(Family.DIAMOND, "{carats} {shape} {color} {clarity}, {cut} cut, {lab} #{certNumber}",
                Map.of("carats", "1.010", "shape", "Round", "color", "G", "clarity", "VS1", "cut", "VERY_GOOD",
                        "lab", "GIA", "certNumber", "2141438171")))
                .isEqualTo("1.01 ct Round G VS1, Very good cut, GIA #2141438171");
    }

    // R6: a colored stone template reads species, variety and treatment
    @Test
    void coloredStoneTemplateFillsSpeciesAndTreatment() {
        assertThat(render(Family.COLORED_STONE, "{carats} {color} {species} ({variety}), {treatment}, {origin}",
                Map.of("carats", "2.3", "color", "Blue", "species", "Corundum", "variety", "Sapphire", "treatment", "HEATED")))
                .isEqualTo("2.3 ct Blue Corundum (Sapphire), Heated");
    }

    // R6: a pearl template reads type, size range and strand length
    @Test
    void pearlTemplateFillsTypeSizeAndLength() {
        assertThat(render(Family.PEARL, "{pearlType} pearl strand, {size}, {length}[, {luster} luster]",
                Map.of("pearlType", "AKOYA", "sizeFromMm", "7", "sizeToMm", "7.5", "strandLengthInches", "18")))
                .isEqualTo("Akoya pearl strand, 7–7.5 mm, 18 in");
    }

    // R6: an unknown token is refused on save, naming it, beside its family's field
    @Test
    void unknownTokenIsRefusedNamingIt() {
        assertThatThrownBy(() -> new DescriptionTemplate(Family.PEARL, "{pearlType} {clarity} strand"))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("{clarity} is not a pearl token")
                .extracting("field").isEqualTo("pearl");
    }

    // R6: a brace without its partner is refused too
    @Test
    void unmatchedBraceIsRefused() {
        assertThatThrownBy(() -> new DescriptionTemplate(Family.JEWELRY, "{metal ring"))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("no matching");
    }
}
