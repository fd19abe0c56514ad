package com.jeweltrak.sales.memos.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.jeweltrak.platform.BusinessRuleViolated;

/** Typed text of the memo pages and the API read into values, a bad value refused beside its field. */
final class MemoInput {

    private MemoInput() {
    }

    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new BusinessRuleViolated(field, "Enter the date as YYYY-MM-DD.");
        }
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
