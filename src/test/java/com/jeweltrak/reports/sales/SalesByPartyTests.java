package com.jeweltrak.reports.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.reports.ReportResult;
import com.jeweltrak.reports.ReportRow;
import com.jeweltrak.reports.ReportRuns;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.ReturnFixtures;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 09-reports §8 Sales by Customer and §9 Sales by Salesperson. */
@IntegrationTest
class SalesByPartyTests {

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures sales;
    @Autowired ReturnFixtures returns;
    @Autowired SalesReportFixtures fixtures;
    @Autowired ReportRuns reports;
    @Autowired com.jeweltrak.reports.Reports definitions;

    TestTenants.Tenant tenant;
    ContactId cora;
    ContactId otto;

    @BeforeEach
    void openTenant() {
        tenant = tenants.open("by-party");
        cora = sales.customer(tenant);
        otto = returns.anotherCustomer(tenant, "Other");
    }

    @Test
    void grossCountsVoidedInvoicesNetLeavesThemOutAndOpenDraftsNeverCount() {
        // 09 §8 R1, R2, C3, C4: Gross = Finalized + Voided; Net = Gross − Voided; Count includes the voided
        fixtures.sold(tenant, cora, "100.00");
        fixtures.sold(tenant, cora, "300.00");
        InvoiceId voided = fixtures.sold(tenant, cora, "50.00");
        fixtures.voidIt(tenant, voided);
        InvoiceId draft = fixtures.open(tenant, cora, null);
        fixtures.line(tenant, draft, "1", "999.00", null);

        ReportRow row = row(run("sales-by-customer", "summary", Map.of()), "customer", "Cora Buyer");

        assertThat(row.decimal("invoice_count")).isEqualByComparingTo("3");
        assertThat(row.decimal("gross")).isEqualByComparingTo("450.00");
        assertThat(row.decimal("voided")).isEqualByComparingTo("50.00");
        assertThat(row.decimal("net")).isEqualByComparingTo("400.00");
        // Average = Net ÷ non-voided count
        assertThat(row.decimal("average")).isEqualByComparingTo("200.00");
    }

    @Test
    void customersRankByNetHighestFirstAndWalkInsFormOneRow() {
        // 09 §8 R1; walk-in invoices (no customer) roll up as "Walk-in"
        fixtures.sold(tenant, cora, "100.00");
        fixtures.sold(tenant, otto, "500.00");
        fixtures.sold(tenant, null, "250.00");
        fixtures.sold(tenant, null, "20.00");

        ReportResult result = run("sales-by-customer", "summary", Map.of());

        assertThat(result.rows().content()).extracting(r -> r.text("customer"))
                .containsExactly("Otto Other", "Walk-in", "Cora Buyer");
        assertThat(row(result, "customer", "Walk-in").decimal("net")).isEqualByComparingTo("270.00");
    }

    @Test
    void clickingTheWalkInRowOpensTheDetailOfWalkInInvoicesOnly() {
        // 09 §8 R3, C2: the Walk-in row's drill-down sets a Walk-in pill
        fixtures.sold(tenant, cora, "100.00");
        InvoiceId walkIn = fixtures.sold(tenant, null, "25.00");
        ReportRow row = row(run("sales-by-customer", "summary", Map.of()), "customer", "Walk-in");
        var drill = (com.jeweltrak.reports.Drill.ToView) definitions.find("sales-by-customer").orElseThrow()
                .view("summary").orElseThrow().column("customer").orElseThrow().drill();
        assertThat(drill.valueFor("walkIn", row)).isEqualTo("yes");
        assertThat(drill.valueFor("customer", row)).isNull();

        ReportResult detail = run("sales-by-customer", "detail", Map.of("walkIn", "yes"));

        assertThat(detail.rows().content()).extracting(r -> r.id("invoice_id")).containsExactly(walkIn.value());
    }

    @Test
    void lastPurchaseIgnoresVoidedInvoices() {
        // 09 §8 R2
        InvoiceId early = fixtures.open(tenant, cora, sales.as(tenant, () -> java.time.LocalDate.now()).withDayOfMonth(1));
        fixtures.line(tenant, early, "1", "10.00", null);
        fixtures.finalize(tenant, early);
        InvoiceId later = fixtures.sold(tenant, cora, "20.00");
        fixtures.voidIt(tenant, later);

        ReportRow row = row(run("sales-by-customer", "summary", Map.of()), "customer", "Cora Buyer");

        assertThat(row.date("last_purchase")).isEqualTo(sales.as(tenant, () -> java.time.LocalDate.now()).withDayOfMonth(1));
    }

    @Test
    void theFooterAverageComesFromTheSums() {
        // 09 §8 R2, C10: footer Count, Gross, Voided, Net; the average from the sums
        fixtures.sold(tenant, cora, "100.00");
        fixtures.sold(tenant, otto, "400.00");
        fixtures.sold(tenant, otto, "100.00");
        fixtures.voidIt(tenant, fixtures.sold(tenant, otto, "60.00"));

        Map<String, Object> totals = run("sales-by-customer", "summary", Map.of()).totals();

        assertThat((BigDecimal) totals.get("net")).isEqualByComparingTo("600.00");
        assertThat((BigDecimal) totals.get("gross")).isEqualByComparingTo("660.00");
        assertThat((BigDecimal) totals.get("average")).isEqualByComparingTo("200.00");
    }

    @Test
    void theDetailListsOneCustomersInvoicesAndItsFooterLeavesTheVoidedOut() {
        // 09 §8 R3, R4: the Customer filter gives one customer's invoice history; C2 drill-down sets it
        fixtures.sold(tenant, cora, "100.00");
        fixtures.voidIt(tenant, fixtures.sold(tenant, cora, "30.00"));
        fixtures.sold(tenant, otto, "500.00");

        ReportResult detail = run("sales-by-customer", "detail", Map.of("customer", cora.toString()));

        assertThat(detail.rows().content()).hasSize(2).allSatisfy(r -> assertThat(r.text("customer")).isEqualTo("Cora Buyer"));
        assertThat(detail.rows().content()).filteredOn(r -> r.flag("voided")).singleElement()
                .satisfies(r -> assertThat(r.text("status")).isEqualTo("Voided"));
        assertThat((BigDecimal) detail.totals().get("subtotal")).isEqualByComparingTo("100.00");
    }

    @Test
    void invoicesWithoutASalespersonFormTheUnassignedRowWhichItsFilterReaches() {
        // 09 §9 R2, R4
        InvoiceId mine = fixtures.sold(tenant, cora, "100.00");
        InvoiceId nobodys = fixtures.open(tenant, otto, null);
        fixtures.line(tenant, nobodys, "1", "40.00", null);
        fixtures.soldBy(tenant, nobodys, null);
        fixtures.finalize(tenant, nobodys);

        ReportResult summary = run("sales-by-salesperson", "summary", Map.of());
        assertThat(summary.rows().content()).extracting(r -> r.text("salesperson"))
                .hasSize(2).endsWith("— unassigned —").first().asString().startsWith("Owner ");
        assertThat(row(summary, "salesperson", "— unassigned —").decimal("net")).isEqualByComparingTo("40.00");

        ReportResult detail = run("sales-by-salesperson", "detail", Map.of("salesperson", "0"));
        assertThat(detail.rows().content()).extracting(r -> r.id("invoice_id")).containsExactly(nobodys.value());
        assertThat(mine).isNotNull();
    }

    @Test
    void salesBySalespersonTotalsEqualSalesByCustomerTotals() {
        // 09 §9 R6
        var clerk = tenants.addPerson(tenant, "Sam", Set.of(tenant.group("Sales")), Set.of());
        fixtures.soldBy(tenant, fixtures.open(tenant, cora, null), clerk.id());
        InvoiceId a = fixtures.sold(tenant, cora, "120.00");
        fixtures.voidIt(tenant, fixtures.sold(tenant, otto, "80.00"));
        InvoiceId b = fixtures.open(tenant, otto, null);
        fixtures.line(tenant, b, "2", "35.00", "5.00");
        fixtures.soldBy(tenant, b, clerk.id());
        fixtures.finalize(tenant, b);
        fixtures.sold(tenant, null, "15.00");

        Map<String, Object> byCustomer = run("sales-by-customer", "summary", Map.of()).totals();
        Map<String, Object> bySalesperson = run("sales-by-salesperson", "summary", Map.of()).totals();

        for (String key : new String[] {"invoice_count", "gross", "voided", "net"}) {
            assertThat(new BigDecimal(bySalesperson.get(key).toString()))
                    .as(key).isEqualByComparingTo(new BigDecimal(byCustomer.get(key).toString()));
        }
        assertThat((BigDecimal) byCustomer.get("net")).isEqualByComparingTo("200.00");
        assertThat(a).isNotNull();
    }

    private ReportResult run(String key, String view, Map<String, String> params) {
        return reports.run(tenant.owner(), key, view, params);
    }

    private static ReportRow row(ReportResult result, String column, String value) {
        return result.rows().content().stream().filter(r -> value.equals(r.text(column))).findFirst().orElseThrow(
                () -> new AssertionError("no row " + value + " in " + result.rows().content()));
    }
}
