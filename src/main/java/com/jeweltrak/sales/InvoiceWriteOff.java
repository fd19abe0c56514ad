package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A write-off as the invoice shows it (08-accounting §Writing Off Invoices R1, R7): the balance cleared as bad debt on
 * {@code date}, and why. It stands until reversed; a reversed one stays on the invoice as history (struck through).
 * Not a payment: it is no tender row and never counts as money received (R5).
 */
public record InvoiceWriteOff(WriteOffId id, BigDecimal amount, LocalDate date, String reason, Instant createdAt,
                              Instant reversedAt, LocalDate reversalDate, String reversalReason) {

    public boolean standing() {
        return reversedAt == null;
    }
}
