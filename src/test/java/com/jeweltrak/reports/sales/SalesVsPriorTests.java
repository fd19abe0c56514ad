package com.jeweltrak.reports.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.reports.InvalidReportFilters;
import com.jeweltrak.reports.ReportResult;
import com.jeweltrak.reports.ReportRow;
import com.jeweltrak.reports.ReportRuns;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 09-reports §20 Sales vs Prior Period. */
@IntegrationTest
class SalesVsPriorTests {

    private static final Map<String, String> MAY = Map.of("from", "2026-05-01", "to", "2026-05-31");

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures sales;
    @Autowired SalesReportFixtures fixtures;
    @Autowired ReportRuns reports;
    @Autowired com.jeweltrak.reports.Reports definitions;

    TestTenants.Tenant tenant;
    ContactId cora;

    @BeforeEach
    void openTenant() {
        tenant = tenants.open("vs-prior");
        cora = sales.customer(tenant);
    }

    @Test
    void everyMetricStandsBesideThePriorMonthsWithItsDelta() {
        // 09 §20 R4, R5: May vs April (decision 6); money metrics over the non-voided; Δ % "—" when Prior = 0
        soldOn("2026-05-03", "100.00");
        soldOn("2026-05-20", "300.00");
        fixtures.voidIt(tenant, soldOn("2026-05-21", "50.00"));
        soldOn("2026-04-30", "200.00");
        soldOn("2026-03-31", "999.00");

        List<ReportRow> rows = reports.run(tenant.owner(), "sales-vs-prior", "summary", MAY).rows().content();

        assertThat(metric(rows, "Invoice Count")).satisfies(r -> {
            assertThat(r.decimal("current")).isEqualByComparingTo("3");
            assertThat(r.decimal("prior")).isEqualByComparingTo("1");
        });
        assertThat(metric(rows, "Net Invoices").decimal("current")).isEqualByComparingTo("2");
        assertThat(metric(rows, "Subtotal")).satisfies(r -> {
            assertThat(r.decimal("current")).isEqualByComparingTo("400.00");
            assertThat(r.decimal("prior")).isEqualByComparingTo("200.00");
            assertThat(r.decimal("delta")).isEqualByComparingTo("200.00");
            assertThat(r.decimal("delta_pct")).isEqualByComparingTo("100");
        });
        assertThat(metric(rows, "Voided Amount")).satisfies(r -> {
            assertThat(r.decimal("current")).isEqualByComparingTo("50.00");
            assertThat(r.get("delta_pct")).isNull();
        });
        assertThat(metric(rows, "Avg Sale").decimal("current")).isEqualByComparingTo("200.00");
        assertThat(rows).extracting(r -> r.text("metric")).containsExactly("Invoice Count", "Net Invoices",
                "Voided Count", "Subtotal", "Tax", "Freight", "Total Sales", "Voided Amount", "Avg Sale");
    }

    @Test
    void aRiseIsTintedGreenAndAFallRed() {
        // 09 C8, §20 R4
        soldOn("2026-05-03", "100.00");
        soldOn("2026-04-03", "300.00");
        fixtures.voidIt(tenant, soldOn("2026-05-04", "10.00"));
        List<ReportRow> rows = reports.run(tenant.owner(), "sales-vs-prior", "summary", MAY).rows().content();
        var delta = definitions.find("sales-vs-prior").orElseThrow().view("summary").orElseThrow().column("delta")
                .orElseThrow();

        assertThat(delta.tintOf(metric(rows, "Subtotal"))).isEqualTo("text-danger");
        assertThat(delta.tintOf(metric(rows, "Voided Count"))).isEqualTo("text-success");
        assertThat(delta.tintOf(metric(rows, "Freight"))).isNull();
    }

    @Test
    void samePeriodLastYearComparesWithTheSameMonthAYearBefore() {
        // 09 §20 R3: May 2026 vs May 2025
        var values = reports.read(tenant.owner(), "sales-vs-prior", Map.of("from", "2026-05-01", "to", "2026-05-31",
                "compare", "last-year"));
        assertThat(values.parameters()).containsEntry("priorFrom", LocalDate.parse("2025-05-01"))
                .containsEntry("priorTo", LocalDate.parse("2025-05-31"));
    }

    @Test
    void aCustomComparisonNeedsItsOwnDates() {
        // 09 §20 R1: Custom range — its From/To are required then, and only then
        assertThatThrownBy(() -> reports.read(tenant.owner(), "sales-vs-prior", Map.of("compare", "custom")))
                .isInstanceOfSatisfying(InvalidReportFilters.class, e -> assertThat(e.errors())
                        .containsKeys("priorFrom", "priorTo"));
        var values = reports.read(tenant.owner(), "sales-vs-prior", Map.of("compare", "custom",
                "priorFrom", "2025-01-01", "priorTo", "2025-01-10"));
        assertThat(values.parameters()).containsEntry("priorTo", LocalDate.parse("2025-01-10"));
    }

    @Test
    void dayKPairsWithDayKAndTheShorterRangeLeavesBlanks() {
        // 09 §20 worked example: May 1–31 → Apr 1–30; Daily Detail day 31 has a blank prior side (R6)
        soldOn("2026-05-01", "100.00");
        soldOn("2026-04-01", "40.00");

        ReportResult detail = reports.run(tenant.owner(), "sales-vs-prior", "detail", MAY);
        List<ReportRow> rows = detail.rows().content();

        assertThat(rows).hasSize(31);
        ReportRow first = rows.getFirst();
        assertThat(first.date("current_date")).isEqualTo(LocalDate.parse("2026-05-01"));
        assertThat(first.date("prior_date")).isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(first.decimal("current_total")).isEqualByComparingTo("100.00");
        assertThat(first.decimal("prior_total")).isEqualByComparingTo("40.00");
        assertThat(first.decimal("delta")).isEqualByComparingTo("60.00");
        ReportRow last = rows.getLast();
        assertThat(last.decimal("day")).isEqualByComparingTo("31");
        assertThat(last.get("prior_date")).isNull();
        assertThat(last.get("prior_total")).isNull();
        assertThat(last.decimal("current_total")).isEqualByComparingTo("0");
    }

    private InvoiceId soldOn(String date, String price) {
        InvoiceId id = fixtures.open(tenant, cora, LocalDate.parse(date));
        fixtures.line(tenant, id, "1", price, null);
        fixtures.finalize(tenant, id);
        return id;
    }

    private static ReportRow metric(List<ReportRow> rows, String name) {
        return rows.stream().filter(r -> name.equals(r.text("metric"))).findFirst().orElseThrow();
    }
}
