package com.jeweltrak.sales.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.sales.InvoiceStatus;

/** One invoice as the list, the peek and the histories show it: names resolved, totals computed once. */
public record InvoiceRow(long id, long number, LocalDate date, String store, String customer, String salesperson,
                  InvoiceStatus status, BigDecimal total, BigDecimal balance) {

    public String statusLabel() {
        return switch (status) {
            case OPEN -> "Open";
            case FINALIZED -> "Finalized";
            case VOIDED -> "Voided";
        };
    }

    public String totalText() {
        return money(total);
    }

    public String balanceText() {
        return money(balance);
    }

    public String badgeClass() {
        return badge(status);
    }

    static String badge(InvoiceStatus status) {
        return switch (status) {
            case OPEN -> "text-bg-warning";
            case FINALIZED -> "text-bg-success";
            case VOIDED -> "text-bg-secondary";
        };
    }

    public static String money(BigDecimal amount) {
        return amount == null ? null : String.format("%,.2f", amount);
    }
}
