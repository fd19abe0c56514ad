package com.jeweltrak.inventory.web;

import java.math.BigDecimal;

import com.jeweltrak.platform.BusinessRuleViolated;

/** Decimal strings in and out of the inventory API (money and weights travel as strings, design §5b). */
final class Json {

    private Json() {
    }

    /** A decimal string, blank = none; anything else is refused naming the field (422). */
    static BigDecimal decimal(String field, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new BusinessRuleViolated(field, "Enter a number, like 2.5.");
        }
    }

    /** Money as a string with at least cents: "2000.00", "12.3456". */
    static String money(BigDecimal value) {
        if (value == null) return null;
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 2 ? stripped.setScale(2) : stripped).toPlainString();
    }

    /** A quantity or weight as a plain string without trailing zeros: "1", "1.015". */
    static String plain(BigDecimal value) {
        if (value == null) return null;
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
