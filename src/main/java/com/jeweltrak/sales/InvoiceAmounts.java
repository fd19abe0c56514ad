package com.jeweltrak.sales;

import java.math.BigDecimal;

/**
 * What an invoice comes to, as the books need it (all to cents, decision 10). {@code merchandise} is the net of the
 * inventory lines (Qty × UnitPrice − Adjustment), {@code nonStock} of non-stock lines, {@code services} of service
 * lines (StockType 'S'); {@code total} = merchandise + nonStock + services + freight + tax. {@code costOfGoods} is the
 * captured cost of the inventory lines, which leaves inventory for cost of goods sold. Return lines make amounts negative.
 * Trade-ins (02-sales §Trade-In Negotiation): {@code tradeInCredit} is the credit allowed (positive; {@code total} is
 * already net of it), {@code tradeInValue} the Trade Actual Value that comes into inventory; the difference is the
 * over-allowance, which the books take off revenue. {@code giftCards}: the gift cards sold (08-accounting §Gift Cards
 * R8), part of {@code total} but a liability, never revenue.
 */
public record InvoiceAmounts(BigDecimal merchandise, BigDecimal nonStock, BigDecimal services, BigDecimal freight,
                             BigDecimal tax, BigDecimal total, BigDecimal costOfGoods, BigDecimal tradeInCredit,
                             BigDecimal tradeInValue, BigDecimal giftCards) {

    public InvoiceAmounts {
        tradeInCredit = Money.orZero(tradeInCredit);
        tradeInValue = Money.orZero(tradeInValue);
        giftCards = Money.orZero(giftCards);
    }

    /** Amounts of an invoice without gift cards. */
    public InvoiceAmounts(BigDecimal merchandise, BigDecimal nonStock, BigDecimal services, BigDecimal freight,
                          BigDecimal tax, BigDecimal total, BigDecimal costOfGoods, BigDecimal tradeInCredit,
                          BigDecimal tradeInValue) {
        this(merchandise, nonStock, services, freight, tax, total, costOfGoods, tradeInCredit, tradeInValue, BigDecimal.ZERO);
    }

    /** Amounts of an invoice without trade-ins. */
    public InvoiceAmounts(BigDecimal merchandise, BigDecimal nonStock, BigDecimal services, BigDecimal freight,
                          BigDecimal tax, BigDecimal total, BigDecimal costOfGoods) {
        this(merchandise, nonStock, services, freight, tax, total, costOfGoods, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** Credit allowed − Trade Actual Value: what the trade-in over-allowance takes off revenue (negative: a gain). */
    public BigDecimal tradeInOverAllowance() {
        return tradeInCredit.subtract(tradeInValue);
    }
}
