package com.jeweltrak.accounting.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.jeweltrak.platform.security.CurrentUser;

/**
 * The from / to boxes of the sales-tax report and the export as typed: blank means the last whole month (in the
 * signed-in user's store's time zone); {@code error} says what is wrong with them (unreadable, or inverted).
 */
record ReportPeriod(String fromText, String toText, LocalDate from, LocalDate to, String error) {

    static ReportPeriod of(String from, String to) {
        LocalDate firstOfThisMonth = LocalDate.now(CurrentUser.require().zone()).withDayOfMonth(1);
        LocalDate defaultFrom = firstOfThisMonth.minusMonths(1);
        LocalDate defaultTo = firstOfThisMonth.minusDays(1);
        try {
            LocalDate f = from == null || from.isBlank() ? defaultFrom : LocalDate.parse(from.trim());
            LocalDate t = to == null || to.isBlank() ? defaultTo : LocalDate.parse(to.trim());
            String error = f.isAfter(t) ? "The period starts after it ends: " + f + " is after " + t + "." : null;
            return new ReportPeriod(f.toString(), t.toString(), f, t, error);
        } catch (DateTimeParseException e) {
            return new ReportPeriod(from == null ? "" : from, to == null ? "" : to, null, null,
                    "Enter the dates as yyyy-mm-dd.");
        }
    }

    boolean valid() {
        return error == null;
    }
}
