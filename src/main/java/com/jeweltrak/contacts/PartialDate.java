package com.jeweltrak.contacts;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.Locale;

import com.jeweltrak.platform.BusinessRuleViolated;

/**
 * A birthday or anniversary: month and day always, the year when the customer shared it. 29 February is
 * a real date here; whoever uses it in a non-leap year decides what to do (greetings send on the 28th).
 */
public record PartialDate(int month, int day, Integer year) {

    public PartialDate {
        if (month < 1 || month > 12) throw new IllegalArgumentException("month " + month);
        if (day < 1 || day > Month.of(month).maxLength()) {
            throw new IllegalArgumentException(Month.of(month).getDisplayName(TextStyle.FULL, Locale.US) + " has no day " + day);
        }
        if (year != null && (year < 1900 || year > 2100)) throw new IllegalArgumentException("year " + year);
        if (year != null && !MonthDay.of(month, day).isValidYear(year)) {
            throw new IllegalArgumentException(year + " has no 29 February");
        }
    }

    /** The field's value as a person would type it; refused with a message beside that field. */
    public static PartialDate of(String field, Integer month, Integer day, Integer year) {
        if (month == null && day == null && year == null) return null;
        if (month == null || day == null) {
            throw new BusinessRuleViolated(field, "Give both the month and the day (the year is optional).");
        }
        try {
            return new PartialDate(month, day, year);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new BusinessRuleViolated(field, "That is not a real date: " + e.getMessage() + ".");
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getMonthValue(), date.getDayOfMonth(), date.getYear());
    }

    /** "14 February" or "14 February 1988". */
    public String display() {
        String text = day + " " + Month.of(month).getDisplayName(TextStyle.FULL, Locale.US);
        return year == null ? text : text + " " + year;
    }

    /** ISO when the year is known, otherwise "--MM-DD" (ISO 8601's form without a year). */
    public String iso() {
        String monthDay = "%02d-%02d".formatted(month, day);
        return year == null ? "--" + monthDay : year + "-" + monthDay;
    }
}
