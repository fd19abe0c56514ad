package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A tender on an invoice: {@code amount} stays with the store (tendered − change due). Never a full card number.
 * It counts toward the invoice while applied: a voided one is gone, one moved to credit on account
 * (08-accounting §Applying Payments R8) is still the customer's money, no longer this invoice's. A {@code refund}
 * (02-sales §Returns R5) is money paid back on a negative-net invoice: its amount is negative; {@code reference} is a
 * card refund's processor reference. {@code receipt}: the payment on account this row applies
 * (null for a tender taken on the invoice).
 */
public record InvoicePayment(PaymentId id, PaymentMethod method, String methodName, BigDecimal amount, BigDecimal tendered,
                             BigDecimal changeDue, String checkNumber, String cardLast4, String authCode, LocalDate date,
                             Instant createdAt, Instant voidedAt, Instant movedToCreditAt, boolean refund,
                             String reference, CustomerPaymentId receipt) {

    /** An application of a payment on account (08-accounting §Applying Payments): the money came in on {@code receipt}. */
    public boolean application() {
        return receipt != null;
    }

    public boolean voided() {
        return voidedAt != null;
    }

    public boolean movedToCredit() {
        return movedToCreditAt != null;
    }

    public boolean applied() {
        return !voided() && !movedToCredit();
    }
}
