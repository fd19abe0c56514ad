package com.jeweltrak.sales.web;

import java.time.LocalDate;
import java.util.Locale;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.web.TypedInput;
import com.jeweltrak.sales.LineKind;
import com.jeweltrak.sales.PaymentMethod;

/** Typed text of the invoice page and the API read into values, a bad value refused beside its field. */
final class InvoiceInput {

    private InvoiceInput() {
    }

    static LocalDate date(String text) {
        return TypedInput.date("invoiceDate", text);
    }

    static LineKind kind(String text) {
        try {
            return text == null ? null : LineKind.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolated("kind", "A line is ITEM, NON_STOCK, SERVICE, TRADE_IN or GIFT_CARD.");
        }
    }

    static PaymentMethod method(String text) {
        try {
            return text == null || text.isBlank() ? null : PaymentMethod.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolated("method", "Choose cash, check, card, other, store credit or gift card.");
        }
    }
}
