package com.jeweltrak.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReportColumnTests {

    @Test
    void aCountMetricBesideMoneyMetricsShowsAsAWholeNumber() {
        // 09 §20 R5: Invoice Count and Subtotal share the Current column
        ReportColumn current = ReportColumn.of("current", "Current", ColumnKind.MONEY).kindFrom("unit");

        assertThat(current.formatIn(row(Map.of("current", new BigDecimal("3"), "unit", "COUNT")))).isEqualTo("3");
        assertThat(current.formatIn(row(Map.of("current", new BigDecimal("1234.5"), "unit", "MONEY")))).isEqualTo("1,234.50");
    }

    @Test
    void aVoidedFlagShowsAsTheColumnsLabelOrNothing() {
        // 09 §7 R1, R6: voided payments are flagged
        ReportColumn voided = ReportColumn.of("voided", "Voided", ColumnKind.BADGE);

        assertThat(voided.formatIn(row(Map.of("voided", true)))).isEqualTo("Voided");
        assertThat(voided.formatIn(row(Map.of("voided", false)))).isEmpty();
    }

    @Test
    void aPercentageWithNothingToDivideByShowsADash() {
        // 09 C10
        Map<String, Object> values = new HashMap<>();
        values.put("gp_pct", null);
        assertThat(ReportColumn.percent("gp_pct", "GP %").formatIn(row(values))).isEqualTo("—");
    }

    @Test
    void anItemsPeekTakesItsTypeFromTheRow() {
        Drill.Peek peek = (Drill.Peek) Drill.peek("@item_type", "item_id");
        assertThat(peek.urlFor(row(Map.of("item_type", "diamond", "item_id", 42L)))).isEqualTo("/peek/diamond/42");
    }

    private static ReportRow row(Map<String, Object> values) {
        return new ReportRow(new HashMap<>(values));
    }
}
