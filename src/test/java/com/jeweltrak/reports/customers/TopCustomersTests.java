package com.jeweltrak.reports.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.jeweltrak.accounting.ArFixtures;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.reports.ReportResult;
import com.jeweltrak.reports.ReportRow;
import com.jeweltrak.reports.ReportRuns;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.VoidingAnInvoice;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 09-reports §18 Top Customers (RFM), through the report shell. */
@IntegrationTest
class TopCustomersTests {

    @Autowired TestTenants tenants;
    @Autowired ArFixtures ar;
    @Autowired ReportRuns reports;
    @Autowired VoidingAnInvoice voiding;

    TestTenants.Tenant tenant;
    LocalDate today;

    @BeforeEach
    void openTenant() {
        tenant = tenants.open("rfm");
        today = reports.read(tenant.owner(), "top-customers", Map.of()).today();
    }

    @Test
    void sevenCustomersSplitIntoQuintilesOfTwoTwoOneOneOneLargerGroupsFirst() {
        // 09 §18 R2 (inferred NTILE method): 7 = 2 + 2 + 1 + 1 + 1, worst first
        List<ContactId> customers = customers(7);
        for (int n = 0; n < 7; n++) buy(customers.get(n), today.minusDays(10), (n + 1) * 100 + ".00");

        List<Long> m = scoresByCustomer("m", customers);

        assertThat(m).containsExactly(1L, 1L, 2L, 2L, 3L, 4L, 5L);
    }

    @Test
    void tenEqualSpendersAreRankedByCustomerIdTwoToEachQuintile() {
        // 09 §18 R2: ties broken by customer id (the lower id ranks first, i.e. lower)
        List<ContactId> customers = customers(10);
        for (ContactId c : customers) buy(c, today.minusDays(3), "250.00");

        assertThat(scoresByCustomer("m", customers)).containsExactly(1L, 1L, 2L, 2L, 3L, 3L, 4L, 4L, 5L, 5L);
        assertThat(scoresByCustomer("r", customers)).containsExactly(1L, 1L, 2L, 2L, 3L, 3L, 4L, 4L, 5L, 5L);
    }

    @Test
    void recencyFrequencyAndMonetaryEachScoreTheirOwnMetric() {
        // 09 §18 R1, R5: the latest buyer R5, the most frequent F5, the biggest spender M5; the code reads "R-F-M"
        List<ContactId> c = customers(5);
        buy(c.get(0), today.minusDays(1), "10.00");
        for (int n = 0; n < 4; n++) buy(c.get(1), today.minusDays(100 + n), "10.00");
        buy(c.get(2), today.minusDays(50), "9000.00");
        buy(c.get(3), today.minusDays(200), "20.00");
        buy(c.get(4), today.minusDays(300), "30.00");

        Map<Long, ReportRow> rows = byCustomer(run("summary", Map.of()));

        assertThat(rows.get(c.get(0).value()).text("rfm")).startsWith("5-");
        assertThat(rows.get(c.get(1).value()).id("f")).isEqualTo(5);
        assertThat(rows.get(c.get(1).value()).id("orders")).isEqualTo(4);
        assertThat(rows.get(c.get(1).value()).decimal("avg_sale")).isEqualByComparingTo("10");
        assertThat(rows.get(c.get(2).value()).text("rfm")).endsWith("-5");
        assertThat(rows.get(c.get(4).value()).text("rfm")).startsWith("1-");
        assertThat(rows.get(c.get(0).value()).id("days_since")).isEqualTo(1);
    }

    @Test
    void minOrdersDropsOneTimeBuyersAndScoresTheRestAgain() {
        // 09 §18 R6: scores are recomputed over the remaining population; Detail only for those customers (R7)
        List<ContactId> c = customers(3);
        buy(c.get(0), today.minusDays(5), "100.00");
        buy(c.get(1), today.minusDays(5), "100.00");
        buy(c.get(1), today.minusDays(6), "100.00");
        buy(c.get(2), today.minusDays(5), "500.00");
        buy(c.get(2), today.minusDays(6), "500.00");

        ReportResult two = run("summary", Map.of("minOrders", "2"));

        assertThat(two.rows().content()).extracting(r -> r.id("customer_id"))
                .containsExactly(c.get(2).value(), c.get(1).value());
        assertThat(byCustomer(two).get(c.get(2).value()).id("m")).isEqualTo(2);
        assertThat(run("detail", Map.of("minOrders", "2")).rows().content()).extracting(r -> r.id("customer_id"))
                .doesNotContain(c.get(0).value()).hasSize(4);
    }

    @Test
    void theRfmCellIsTintedByTheSumOfItsScores() {
        // 09 §18 R4: green ≥ 13, blue ≥ 10, amber ≥ 7, rose < 7
        assertThat(TopCustomers.tint(row(15))).isEqualTo("table-success");
        assertThat(TopCustomers.tint(row(13))).isEqualTo("table-success");
        assertThat(TopCustomers.tint(row(12))).isEqualTo("table-info");
        assertThat(TopCustomers.tint(row(10))).isEqualTo("table-info");
        assertThat(TopCustomers.tint(row(9))).isEqualTo("table-warning");
        assertThat(TopCustomers.tint(row(7))).isEqualTo("table-warning");
        assertThat(TopCustomers.tint(row(6))).isEqualTo("table-danger");
    }

    @Test
    void totalSpendIsTheInvoiceTotalsOfTheWindowVoidedOnesLeftOut() {
        // 09 §18 R5, R8
        ContactId cora = customers(1).getFirst();
        buy(cora, today.minusDays(2), "120.00");
        InvoiceId voided = buy(cora, today.minusDays(2), "80.00");
        ar.as(tenant, () -> {
            voiding.voidInvoice(voided);
            return null;
        });
        buy(cora, today.minusMonths(13), "999.00");

        ReportRow row = run("summary", Map.of()).rows().content().getFirst();

        assertThat(row.decimal("total_spend")).isEqualByComparingTo("120.00");
        assertThat(row.id("orders")).isEqualTo(1);
        assertThat(row.text("rfm")).isEqualTo("1-1-1");
    }

    private static ReportRow row(long sum) {
        return new ReportRow(Map.of("rfm_sum", sum));
    }

    private List<ContactId> customers(int count) {
        List<ContactId> all = new ArrayList<>();
        for (int n = 0; n < count; n++) all.add(ar.customer(tenant, "Customer", "No" + n, null));
        all.sort(Comparator.comparing(ContactId::value));
        return all;
    }

    private InvoiceId buy(ContactId customer, LocalDate date, String amount) {
        return ar.onAccount(tenant, customer, date, amount);
    }

    private List<Long> scoresByCustomer(String score, List<ContactId> customers) {
        Map<Long, ReportRow> rows = byCustomer(run("summary", Map.of()));
        return customers.stream().map(c -> rows.get(c.value()).id(score)).toList();
    }

    private static Map<Long, ReportRow> byCustomer(ReportResult result) {
        Map<Long, ReportRow> rows = new java.util.HashMap<>();
        result.rows().content().forEach(r -> rows.put(r.id("customer_id"), r));
        return rows;
    }

    private ReportResult run(String view, Map<String, String> params) {
        return reports.run(tenant.owner(), "top-customers", view, params);
    }
}
