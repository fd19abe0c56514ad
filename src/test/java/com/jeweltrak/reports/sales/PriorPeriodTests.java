package com.jeweltrak.reports.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** 09-reports §20 R1–R3 and its worked examples (decision 6). */
class PriorPeriodTests {

    @Test
    void aWholeMonthComparesWithTheWholeMonthBeforeNotA31DayWindow() {
        // §20 R2: May 1–31 2025 → Apr 1–30 2025
        assertThat(PriorPeriod.before(d("2025-05-01"), d("2025-05-31")))
                .isEqualTo(new PriorPeriod(d("2025-04-01"), d("2025-04-30")));
    }

    @Test
    void threeWholeMonthsCompareWithTheThreeMonthsBefore() {
        // §20 worked example: Apr 1–Jun 30 2025 → Jan 1–Mar 31 2025
        assertThat(PriorPeriod.before(d("2025-04-01"), d("2025-06-30")))
                .isEqualTo(new PriorPeriod(d("2025-01-01"), d("2025-03-31")));
    }

    @Test
    void aRangeOfDaysComparesWithAsManyDaysEndingTheDayBeforeFrom() {
        // §20 worked example: May 10–24 2025 (15 days) → Apr 25–May 9 2025 (6 + 9 = 15 days)
        assertThat(PriorPeriod.before(d("2025-05-10"), d("2025-05-24")))
                .isEqualTo(new PriorPeriod(d("2025-04-25"), d("2025-05-09")));
    }

    @Test
    void aRangeEndingTodayInsideAMonthIsNotAWholeMonth() {
        // §20 R2: June 1–18 uses days: 18 days ending May 31
        assertThat(PriorPeriod.before(d("2025-06-01"), d("2025-06-18")))
                .isEqualTo(new PriorPeriod(d("2025-05-14"), d("2025-05-31")));
    }

    @Test
    void aWholeFebruaryComparesWithJanuary() {
        // decision 6: whole months, whatever their lengths
        assertThat(PriorPeriod.before(d("2025-03-01"), d("2025-03-31")))
                .isEqualTo(new PriorPeriod(d("2025-02-01"), d("2025-02-28")));
    }

    @Test
    void samePeriodLastYearShiftsBothEndsBackOneYear() {
        // §20 R3: May 1–31 2025 vs May 1–31 2024
        assertThat(PriorPeriod.lastYear(d("2025-05-01"), d("2025-05-31")))
                .isEqualTo(new PriorPeriod(d("2024-05-01"), d("2024-05-31")));
    }

    @Test
    void february29MapsToFebruary28LastYear() {
        // §20 R3 (inferred)
        assertThat(PriorPeriod.lastYear(d("2024-02-01"), d("2024-02-29")))
                .isEqualTo(new PriorPeriod(d("2023-02-01"), d("2023-02-28")));
    }

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }
}
