package com.jeweltrak.reports.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.reports.ReportResult;
import com.jeweltrak.reports.ReportRuns;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.OpeningAnInvoice;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 09 C11, decision 7: every sales report reads only the store chosen in its Store filter (else the stores the person
 * may access, {@code :stores}) — another store's documents leave no trace in any of them.
 */
@IntegrationTest
class SalesReportsStoreTests {

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures sales;
    @Autowired SalesReportFixtures fixtures;
    @Autowired OpeningAnInvoice opening;
    @Autowired ReportRuns reports;

    TestTenants.Tenant tenant;
    StoreId elsewhere;

    @BeforeEach
    void aSaleInAnotherStore() {
        tenant = tenants.open("report-stores");
        elsewhere = tenants.addStore(tenant, "Annex");
        InvoiceId id = sales.as(tenant, () -> opening.open(new OpeningAnInvoice.Request(elsewhere, sales.customer(tenant),
                null, null, null, null, null, null, false)));
        fixtures.line(tenant, id, "1", "250.00", null);
        fixtures.pay(tenant, id, PaymentMethod.CASH, "250.00");
        fixtures.finalize(tenant, id);
    }

    @Test
    void noSalesReportShowsAnotherStoreThanTheOneChosen() {
        assertThat(run("payment-register", null).rows().content()).isEmpty();
        assertThat(run("sales-by-customer", "summary").rows().content()).isEmpty();
        assertThat(run("sales-by-customer", "detail").rows().content()).isEmpty();
        assertThat(run("sales-by-salesperson", "summary").rows().content()).isEmpty();
        assertThat(run("sales-by-salesperson", "detail").rows().content()).isEmpty();
        assertThat(run("sales-by-category", "summary").rows().content()).isEmpty();
        assertThat(run("sales-by-category", "detail").rows().content()).isEmpty();
        assertThat(run("top-sellers", "summary").rows().content()).isEmpty();
        assertThat(run("commissions", null).rows().content()).isEmpty();
        ReportResult daily = run("daily-sales", "summary");
        assertThat((BigDecimal) daily.totals().get("gross")).isZero();
        assertThat((BigDecimal) daily.totals().get("payments")).isZero();
        assertThat(run("daily-sales", "detail").rows().content()).isEmpty();
        assertThat(run("sales-vs-prior", "summary").rows().content().getFirst().decimal("current")).isZero();
        assertThat((BigDecimal) run("sales-vs-prior", "detail").totals().get("current_total")).isZero();
    }

    @Test
    void theSaleIsThereWhenItsStoreIsChosen() {
        // the same documents, the same reports: only the store differs (so the test above can fail)
        Map<String, String> annex = Map.of("store", elsewhere.toString());
        assertThat((BigDecimal) reports.run(tenant.owner(), "sales-by-customer", "summary", annex).totals().get("net"))
                .isEqualByComparingTo("250.00");
        assertThat((BigDecimal) reports.run(tenant.owner(), "payment-register", null, annex).totals().get("amount"))
                .isEqualByComparingTo("250.00");
    }

    private ReportResult run(String key, String view) {
        return reports.run(tenant.owner(), key, view, Map.of("store", tenant.store().toString()));
    }
}
