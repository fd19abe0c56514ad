package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Tax Collected (08-accounting §Sales Tax R12): the tax portion of a payment actually received — amount × (invoice Tax ÷
 * invoice Total), 0 when the Total is 0 — kept to 4 dp; a report sums the portions and rounds its total once
 * ({@link #reportTotal}). Tax Liability needs nothing here: it is the Tax of finalized invoices by invoice date.
 */
public final class TaxCollected {

    private TaxCollected() {
    }

    public static BigDecimal portionOf(BigDecimal payment, BigDecimal invoiceTax, BigDecimal invoiceTotal) {
        if (invoiceTotal.signum() == 0) return BigDecimal.ZERO.setScale(Money.INSIDE);
        return payment.multiply(invoiceTax).divide(invoiceTotal, Money.INSIDE, RoundingMode.HALF_UP);
    }

    /** Decision 10: the portions summed and rounded once, HALF_UP, to cents. */
    public static BigDecimal reportTotal(Iterable<BigDecimal> portions) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal portion : portions) sum = sum.add(portion);
        return Money.cents(sum);
    }
}
