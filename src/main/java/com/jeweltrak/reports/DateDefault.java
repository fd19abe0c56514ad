package com.jeweltrak.reports;

import java.time.LocalDate;

/** A period filter's default range as of today (§Using the Reports Module R6, §11 R1, §18 R8). */
public enum DateDefault {
    /** From the 1st of this month to today: 2025-06-18 opens as 2025-06-01 → 2025-06-18. */
    CURRENT_MONTH,
    LAST_30_DAYS,
    LAST_90_DAYS,
    LAST_12_MONTHS;

    public LocalDate from(LocalDate today) {
        return switch (this) {
            case CURRENT_MONTH -> today.withDayOfMonth(1);
            case LAST_30_DAYS -> today.minusDays(29);
            case LAST_90_DAYS -> today.minusDays(89);
            case LAST_12_MONTHS -> today.minusMonths(12).plusDays(1);
        };
    }
}
