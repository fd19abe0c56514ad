package com.jeweltrak.reports.sales;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The range a Sales vs Prior Period run compares with (09-reports §20 R1–R3, decision 6).
 *
 * @param from first day, inclusive
 * @param to   last day, inclusive
 */
record PriorPeriod(LocalDate from, LocalDate to) {

    /**
     * Prior period: a range of whole calendar months → the same number of whole months just before (May 1–31 → April
     * 1–30, never a 31-day window); any other range → as many days, ending the day before From (a range ending today
     * inside a month is not a whole month).
     */
    static PriorPeriod before(LocalDate from, LocalDate to) {
        if (from.getDayOfMonth() == 1 && to.getDayOfMonth() == to.lengthOfMonth()) {
            long months = ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to.withDayOfMonth(1)) + 1;
            return new PriorPeriod(from.minusMonths(months), from.minusDays(1));
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new PriorPeriod(from.minusDays(days), from.minusDays(1));
    }

    /** Same period last year: both ends shifted back one year; February 29 becomes February 28 (R3). */
    static PriorPeriod lastYear(LocalDate from, LocalDate to) {
        return new PriorPeriod(from.minusYears(1), to.minusYears(1));
    }
}
