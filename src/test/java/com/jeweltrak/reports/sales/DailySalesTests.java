package com.jeweltrak.reports.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.reports.InvalidReportFilters;
import com.jeweltrak.reports.ReportResult;
import com.jeweltrak.reports.ReportRow;
import com.jeweltrak.reports.ReportRuns;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.sales.VoidingATender;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 09-reports §19 Daily Sales Summary. */
@IntegrationTest
class DailySalesTests {

    private static final Map<String, String> WEEK = Map.of("from", "2026-03-01", "to", "2026-03-07");

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures sales;
    @Autowired SalesReportFixtures fixtures;
    @Autowired VoidingATender voidingTender;
    @Autowired ReportRuns reports;

    TestTenants.Tenant tenant;
    ContactId cora;

    @BeforeEach
    void openTenant() {
        tenant = tenants.open("daily-sales");
        cora = sales.customer(tenant);
    }

    @Test
    void everyDayOfTheWindowIsARowAndDaysWithoutActivityShowZeros() {
        // 09 §19 R1
        soldOn("2026-03-03", "1", "100.00", null);

        List<ReportRow> rows = run("summary", WEEK).rows().content();

        assertThat(rows).hasSize(7);
        assertThat(rows.getFirst().date("day")).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(rows.getFirst().decimal("gross")).isZero();
        assertThat(rows.get(2).decimal("gross")).isEqualByComparingTo("100.00");
    }

    @Test
    void theSalesSideCountsFinalizedInvoicesAndShowsTheVoidedApart() {
        // 09 §19 R2: Gross after discount; Discounts = Σ Adjustment; Total = Gross + Tax + Freight; voided out of totals
        soldOn("2026-03-03", "2", "100.00", "15.00");
        soldOn("2026-03-03", "1", "50.00", null);
        fixtures.voidIt(tenant, soldOn("2026-03-03", "1", "999.00", null));
        fixtures.line(tenant, fixtures.open(tenant, cora, LocalDate.parse("2026-03-03")), "1", "777.00", null);

        ReportRow day = run("summary", WEEK).rows().content().get(2);

        assertThat(day.decimal("invoices")).isEqualByComparingTo("2");
        assertThat(day.decimal("voided_count")).isEqualByComparingTo("1");
        assertThat(day.decimal("gross")).isEqualByComparingTo("235.00");
        assertThat(day.decimal("discounts")).isEqualByComparingTo("15.00");
        assertThat(day.decimal("total")).isEqualByComparingTo(
                day.decimal("gross").add(day.decimal("tax")).add(day.decimal("freight")));
    }

    @Test
    void thePaymentsSideSumsEachMethodByPaymentDateAndLeavesVoidedPaymentsOut() {
        // 09 §19 R3, R4: by method; voided payments excluded; payments lag invoices
        InvoiceId id = soldOn("2026-03-03", "1", "500.00", null);
        fixtures.pay(tenant, id, PaymentMethod.CASH, "100.00");
        fixtures.pay(tenant, id, PaymentMethod.CARD, "150.00");
        var bounced = fixtures.pay(tenant, id, PaymentMethod.CHECK, "70.00");
        sales.run(tenant, () -> voidingTender.voidTender(id, bounced, "NSF"));
        LocalDate today = reports.read(tenant.owner(), "daily-sales", Map.of()).today();

        ReportRow row = run("summary", Map.of("from", today.toString(), "to", today.toString())).rows().content()
                .getFirst();

        assertThat(row.decimal("cash")).isEqualByComparingTo("100.00");
        assertThat(row.decimal("card")).isEqualByComparingTo("150.00");
        assertThat(row.decimal("check")).isZero();
        assertThat(row.decimal("payments")).isEqualByComparingTo("250.00");
    }

    @Test
    void aDatesDetailListsItsInvoicesNewestFirstAndLeavesTheVoidedOutOfTheFooter() {
        // 09 §19 R5, R6
        InvoiceId kept = soldOn("2026-03-03", "1", "100.00", null);
        InvoiceId voided = soldOn("2026-03-03", "1", "40.00", null);
        fixtures.voidIt(tenant, voided);
        soldOn("2026-03-04", "1", "60.00", null);

        ReportResult detail = run("detail", Map.of("from", "2026-03-01", "to", "2026-03-07", "day", "2026-03-03"));

        assertThat(detail.rows().content()).extracting(r -> r.id("invoice_id"))
                .containsExactly(voided.value(), kept.value());
        assertThat((BigDecimal) detail.totals().get("subtotal")).isEqualByComparingTo("100.00");
        var view = definitions.find("daily-sales").orElseThrow().view("detail").orElseThrow();
        assertThat(view.rowClassOf(detail.rows().content().getFirst())).isEqualTo("jt-voided");
    }

    @Test
    void aWindowLongerThan366DaysIsRefused() {
        // 09 §19 + issue 11: a range longer than the report allows → a message beside To
        assertThatThrownBy(() -> run("summary", Map.of("from", "2025-01-01", "to", "2026-01-02")))
                .isInstanceOfSatisfying(InvalidReportFilters.class, e -> assertThat(e.errors()).containsKey("to"));
    }

    @Autowired com.jeweltrak.reports.Reports definitions;

    private InvoiceId soldOn(String date, String qty, String price, String adjustment) {
        InvoiceId id = fixtures.open(tenant, cora, LocalDate.parse(date));
        fixtures.line(tenant, id, qty, price, adjustment);
        fixtures.finalize(tenant, id);
        return id;
    }

    private ReportResult run(String view, Map<String, String> params) {
        return reports.run(tenant.owner(), "daily-sales", view, params);
    }
}
