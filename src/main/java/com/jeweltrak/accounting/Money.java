package com.jeweltrak.accounting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Posted amounts are cents, rounded HALF_UP (decision 10). */
final class Money {

    private Money() {
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2, RoundingMode.HALF_UP);
    }
}
