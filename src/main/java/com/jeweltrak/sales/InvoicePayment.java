package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A tender on an invoice: {@code amount} stays with the store (tendered − change due). Never a full card number. */
public record InvoicePayment(PaymentId id, PaymentMethod method, String methodName, BigDecimal amount, BigDecimal tendered,
                             BigDecimal changeDue, String checkNumber, String cardLast4, String authCode, LocalDate date,
                             Instant createdAt, Instant voidedAt) {

    public boolean active() {
        return voidedAt == null;
    }
}
