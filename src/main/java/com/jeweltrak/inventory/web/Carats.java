package com.jeweltrak.inventory.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A carat weight as the trade writes it: at least two decimals (0.30 ct), a third when weighed to it (1.015 ct). */
final class Carats {

    private Carats() {
    }

    static String text(BigDecimal carats) {
        if (carats == null) return null;
        BigDecimal plain = carats.stripTrailingZeros();
        return plain.setScale(Math.max(2, Math.min(3, plain.scale())), RoundingMode.HALF_UP).toPlainString();
    }
}
