package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Decision 10: amounts kept to 4 dp inside, rounded HALF_UP to cents once, when charged, posted or shown as a total. */
final class Money {

    static final int INSIDE = 4;
    static final int CENTS = 2;

    private Money() {
    }

    static BigDecimal inside(BigDecimal amount) {
        return amount.setScale(INSIDE, RoundingMode.HALF_UP);
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(CENTS, RoundingMode.HALF_UP);
    }

    static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
