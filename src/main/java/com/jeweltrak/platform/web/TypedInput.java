package com.jeweltrak.platform.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.jeweltrak.platform.BusinessRuleViolated;

/**
 * Text typed into a form or sent to the API, read as a value — or refused beside its field with one wording everywhere
 * (design §5: a bad input is a clear message, never a 500). Blank reads as "not given" (null).
 */
public final class TypedInput {

    private TypedInput() {
    }

    /** An amount as people type it: "1,250.00", "$45". */
    public static BigDecimal amount(String field, String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return new BigDecimal(text.strip().replace(",", "").replace("$", ""));
        } catch (NumberFormatException e) {
            throw new BusinessRuleViolated(field, "Type an amount, e.g. 45.00.");
        }
    }

    /** An ISO date, as the browser's date input sends it. */
    public static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BusinessRuleViolated(field, "Enter the date as YYYY-MM-DD.");
        }
    }

    /** A whole number (a count, a number of days, a sort position). */
    public static Long whole(String field, String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new BusinessRuleViolated(field, "Type a whole number.");
        }
    }
}
