package com.jeweltrak.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DateDefaultTests {

    @Test
    void aMonthDefaultReportOpensFromTheFirstOfTheMonthToToday() {
        // 09 §2 R6 worked example: today 2025-06-18 → 2025-06-01 … 2025-06-18
        assertThat(DateDefault.CURRENT_MONTH.from(LocalDate.of(2025, 6, 18))).isEqualTo(LocalDate.of(2025, 6, 1));
    }

    @Test
    void theLastNinetyDaysAreNinetyCalendarDaysEndingToday() {
        // 09 §11 R1: From = today − 89
        assertThat(DateDefault.LAST_90_DAYS.from(LocalDate.of(2025, 6, 18))).isEqualTo(LocalDate.of(2025, 3, 21));
    }
}
