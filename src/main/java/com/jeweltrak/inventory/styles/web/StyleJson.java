package com.jeweltrak.inventory.styles.web;

import java.math.BigDecimal;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.styles.Style;
import com.jeweltrak.inventory.styles.StyleId;
import com.jeweltrak.platform.BusinessRuleViolated;

/** A style over the API: money and weights as strings; the default cost only for those who may see costs. */
record StyleJson(Long id, String styleNumber, String family, String description, Long vendorId, String category,
                 String metal, String karat, String weightMinGrams, String weightMaxGrams, String dimensions,
                 String defaultCost, String defaultRetail, String notes, Boolean active) {

    static StyleJson of(Style s, boolean withCost) {
        return new StyleJson(s.id().value(), s.styleNumber(), s.family().recordType(), s.description(),
                s.vendor() == null ? null : s.vendor().value(), s.category(), s.metal(), s.karat(),
                plain(s.weightMinGrams()), plain(s.weightMaxGrams()), s.dimensions(),
                withCost ? money(s.defaultCost()) : null, money(s.defaultRetail()), s.notes(), s.active());
    }

    /** The request as a style; {@code active} absent keeps it as it was ({@code wasActive}). */
    Style toStyle(StyleId styleId, boolean wasActive) {
        return new Style(styleId, styleNumber, family == null ? null : Style.family(family).orElseThrow(
                () -> new BusinessRuleViolated("family", "Family is one of jewelry, watch, diamond, colored-stone, pearl.")),
                description, vendorId == null ? null : new ContactId(vendorId), category, metal, karat,
                decimal("weightMinGrams", weightMinGrams), decimal("weightMaxGrams", weightMaxGrams), dimensions,
                decimal("defaultCost", defaultCost), decimal("defaultRetail", defaultRetail), notes,
                active == null ? wasActive : active);
    }

    private static BigDecimal decimal(String field, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new BusinessRuleViolated(field, "Enter a number, like 2.5.");
        }
    }

    private static String money(BigDecimal value) {
        if (value == null) return null;
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 2 ? stripped.setScale(2) : stripped).toPlainString();
    }

    private static String plain(BigDecimal value) {
        if (value == null) return null;
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
