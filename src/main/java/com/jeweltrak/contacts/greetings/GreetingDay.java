package com.jeweltrak.contacts.greetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;

/** When a greeting is due: its day in a given year, and from what local time on it goes out. */
final class GreetingDay {

    /** Greetings go out from 09:00 in the store's time zone, not at midnight. */
    static final LocalTime SEND_FROM = LocalTime.of(9, 0);

    private GreetingDay() {
    }

    /**
     * The day a month/day falls on in {@code year}. A day the month lacks that year moves to the
     * month's last day: 29 February is greeted on 28 February in a non-leap year (R7).
     */
    static LocalDate in(int year, int month, int day) {
        YearMonth yearMonth = YearMonth.of(year, month);
        return yearMonth.atDay(Math.min(day, yearMonth.lengthOfMonth()));
    }

    static boolean isToday(int month, int day, LocalDate today) {
        return in(today.getYear(), month, day).equals(today);
    }
}
