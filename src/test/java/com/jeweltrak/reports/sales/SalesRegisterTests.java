package com.jeweltrak.reports.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.jeweltrak.reports.InvalidReportFilters;
import com.jeweltrak.reports.ReportResult;
import com.jeweltrak.reports.ReportRow;
import com.jeweltrak.reports.ReportRuns;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.TakingATender;
import com.jeweltrak.sales.VoidingAnInvoice;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 09-reports §4 Sales Register, and the report shell's filters, paging and footer (§2) through it. */
@IntegrationTest
class SalesRegisterTests {

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures fixtures;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired TakingATender tenders;
    @Autowired VoidingAnInvoice voiding;
    @Autowired ReportRuns reports;

    TestTenants.Tenant tenant;

    @BeforeEach
    void openTenant() {
        tenant = tenants.open("register");
    }

    @Test
    void aRowShowsWhatTheCustomerSawWhatWasPaidAndWhatIsStillOwed() {
        // 09 §4 R1–R4: Total = Subtotal + Tax + Freight; Paid all-time; Balance = Total − Paid − written off
        InvoiceId id = finalized("250.00");
        pay(id, "100.00");

        ReportRow row = only(run(Map.of()));

        assertThat(row.decimal("subtotal")).isEqualByComparingTo("250.00");
        assertThat(row.decimal("total")).isEqualByComparingTo(
                row.decimal("subtotal").add(row.decimal("tax")).add(row.decimal("freight")));
        assertThat(row.decimal("paid")).isEqualByComparingTo("100.00");
        assertThat(row.decimal("balance")).isEqualByComparingTo(row.decimal("total").subtract(new BigDecimal("100.00")));
        assertThat(row.text("status")).isEqualTo("Finalized");
    }

    @Test
    void voidedInvoicesShowOnlyWhenStatusVoidedIsChosen() {
        // 09 §4 R7: "All" means Open + Finalized
        finalized("100.00");
        InvoiceId voided = finalized("70.00");
        fixtures.run(tenant, () -> voiding.voidInvoice(voided));

        assertThat(run(Map.of()).rows().content()).extracting(r -> r.id("invoice_id")).doesNotContain(voided.value());
        assertThat(run(Map.of("status", "voided")).rows().content()).extracting(r -> r.id("invoice_id"))
                .containsExactly(voided.value());
    }

    @Test
    void theFooterTotalsEveryMatchingRowNotJustThePage() {
        // 09 §4 R5, §2 R3
        finalized("100.00");
        finalized("200.00");
        finalized("300.00");

        ReportResult page = reports.run(tenant.owner(), "sales-register", null, Map.of(), null, 0, 2);

        assertThat(page.rows().content()).hasSize(2);
        assertThat(page.rows().totalElements()).isEqualTo(3);
        assertThat((BigDecimal) page.totals().get("subtotal")).isEqualByComparingTo("600.00");
        assertThat(page.totals().get("number")).isEqualTo("Total");
    }

    @Test
    void sortingByBalanceOrdersTheRows() {
        // 09 §4 UI: Balance is sortable
        finalized("100.00");
        finalized("300.00");
        finalized("200.00");

        List<BigDecimal> balances = reports.run(tenant.owner(), "sales-register", null, Map.of(), "balance,desc", 0, 50)
                .rows().content().stream().map(r -> r.decimal("subtotal")).toList();

        assertThat(balances).extracting(BigDecimal::intValue).containsExactly(300, 200, 100);
    }

    @Test
    void anInvertedRangeIsRefusedBesideTo() {
        // issue 11: bad input → a message in the filter bar
        assertThatThrownBy(() -> run(Map.of("from", "2026-05-10", "to", "2026-05-01")))
                .isInstanceOfSatisfying(InvalidReportFilters.class,
                        e -> assertThat(e.errors()).containsEntry("to", "To must be on or after From."));
    }

    @Test
    void anUnknownStatusOrAnUnreadableDateIsRefusedBesideItsFilter() {
        assertThatThrownBy(() -> run(Map.of("status", "paid", "from", "yesterday")))
                .isInstanceOfSatisfying(InvalidReportFilters.class, e -> assertThat(e.errors())
                        .containsEntry("from", "Enter a date as YYYY-MM-DD.")
                        .containsKey("status"));
    }

    @Test
    void anotherTenantsStoreIsRefused() {
        // 09 C11, decision 7
        var elsewhere = tenants.open("elsewhere").store();
        assertThatThrownBy(() -> run(Map.of("store", elsewhere.toString())))
                .isInstanceOfSatisfying(InvalidReportFilters.class,
                        e -> assertThat(e.errors()).containsEntry("store", "Choose one of your stores."));
    }

    @Test
    void sortingByAColumnTheReportDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> reports.run(tenant.owner(), "sales-register", null, Map.of(), "cost;drop", 0, 10))
                .isInstanceOfSatisfying(InvalidReportFilters.class, e -> assertThat(e.errors()).containsKey("sort"));
    }

    private ReportResult run(Map<String, String> params) {
        return reports.run(tenant.owner(), "sales-register", null, params);
    }

    private static ReportRow only(ReportResult result) {
        assertThat(result.rows().content()).hasSize(1);
        return result.rows().content().getFirst();
    }

    private InvoiceId finalized(String price) {
        InvoiceId id = fixtures.open(tenant);
        fixtures.service(tenant, id, price);
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
        return id;
    }

    private void pay(InvoiceId id, String amount) {
        fixtures.as(tenant, () -> tenders.take(id, new TakingATender.Request(PaymentMethod.CASH, new BigDecimal(amount),
                null, null, null, null)));
    }
}
