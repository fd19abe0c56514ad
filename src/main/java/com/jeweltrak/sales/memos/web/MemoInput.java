package com.jeweltrak.sales.memos.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.web.TypedInput;

/** Typed text of the memo pages and the API read into values, a bad value refused beside its field. */
final class MemoInput {

    private MemoInput() {
    }

    static LocalDate date(String field, String text) {
        return TypedInput.date(field, text);
    }

    static BigDecimal decimal(String field, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new BusinessRuleViolated(field, "Enter a number, like 12.50.");
        }
    }
}
