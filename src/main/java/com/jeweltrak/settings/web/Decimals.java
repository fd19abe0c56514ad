package com.jeweltrak.settings.web;

import java.math.BigDecimal;

/**
 * Exact decimal conversions for forms and JSON. Rates are kept as fractions (0.0625) but typed as
 * percents (6.25); moving the decimal point is exact, where going through double would not be.
 */
final class Decimals {

    private static final int CENTS = 2;

    private Decimals() {
    }

    static BigDecimal percentOf(BigDecimal fraction) {
        return fraction == null ? null : plain(fraction.movePointRight(2));
    }

    static BigDecimal fractionOf(BigDecimal percent) {
        return percent == null ? BigDecimal.ZERO : percent.movePointLeft(2);
    }

    /** Without trailing zeros, and never in exponent form: 10 % must show as "10", not "1E+1". */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) return null;
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Money shows at least cents, and more decimals only when it has them (kept to 4, decision 10). */
    static BigDecimal money(BigDecimal value) {
        if (value == null) return null;
        BigDecimal stripped = plain(value);
        return stripped.scale() < CENTS ? stripped.setScale(CENTS) : stripped;
    }

    static String moneyText(BigDecimal value) {
        return value == null ? null : money(value).toPlainString();
    }

    static String rateText(BigDecimal value) {
        return value == null ? null : plain(value).toPlainString();
    }
}
