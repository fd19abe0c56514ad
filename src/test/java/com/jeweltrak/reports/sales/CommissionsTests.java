package com.jeweltrak.reports.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.reports.ReportResult;
import com.jeweltrak.reports.ReportRow;
import com.jeweltrak.reports.ReportRuns;
import com.jeweltrak.sales.AddingATradeIn;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.ReturnFixtures;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.sales.SettingATradeConcession;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** 09-reports §25 Salesperson Commission (decision 5). */
@IntegrationTest
class CommissionsTests {

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures sales;
    @Autowired ReturnFixtures returns;
    @Autowired SalesReportFixtures fixtures;
    @Autowired SettingATradeConcession concession;
    @Autowired AddingATradeIn tradeIns;
    @Autowired ReportRuns reports;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    TestTenants.Tenant tenant;
    ContactId cora;

    @BeforeEach
    void openTenant() {
        tenant = tenants.open("commissions");
        cora = sales.customer(tenant);
    }

    @Test
    void theAdjustmentIsTakenOncePerLineAndTheConcessionComesOffBeforeTheRate() {
        // 09 §25 worked example: Qty 2 × 1,200.00, Adjustment 200.00, TradeConcession 100.00 → 2,100.00; 5 % → 105.00
        InvoiceId id = fixtures.open(tenant, cora, null);
        long line = fixtures.line(tenant, id, "2", "1200.00", "200.00");
        sales.run(tenant, () -> concession.set(id, line, new BigDecimal("100.00")));
        fixtures.finalize(tenant, id);

        ReportRow row = only(run());

        assertThat(row.decimal("net_revenue")).isEqualByComparingTo("2100.00");
        assertThat(row.decimal("commission")).isEqualByComparingTo("105.00");
        assertThat(row.decimal("orders")).isEqualByComparingTo("1");
    }

    @Test
    void aRateOf005ShowsAs5Percent() {
        // 09 §25 worked example: 0.05 is shown as 5 %
        fixtures.sold(tenant, cora, "100.00");
        ReportRow row = only(run());
        assertThat(row.decimal("rate")).isEqualByComparingTo("5");
        assertThat(com.jeweltrak.reports.ColumnKind.PERCENT.format(row.get("rate"))).isEqualTo("5.00 %");
        assertThat(row.text("rate_source")).isEmpty();
    }

    @Test
    void aPersonsOwnRateOverridesTheTenantDefaultAndSaysSo() {
        // 09 §25 R2, R4: the employee's rate when set, with an "Override" badge
        var clerk = tenants.addPerson(tenant, "Rita", Set.of(tenant.group("Sales")), Set.of());
        sales.run(tenant, () -> transactions.executeWithoutResult(s -> jdbc.sql(
                "update app_user set commission_rate = 0.08 where id = ?").param(clerk.id().value()).update()));
        InvoiceId id = fixtures.open(tenant, cora, null);
        fixtures.line(tenant, id, "1", "1000.00", null);
        fixtures.soldBy(tenant, id, clerk.id());
        fixtures.finalize(tenant, id);

        ReportRow row = only(run());

        assertThat(row.decimal("rate")).isEqualByComparingTo("8");
        assertThat(row.text("rate_source")).isEqualTo("Override");
        assertThat(row.decimal("commission")).isEqualByComparingTo("80.00");
    }

    @Test
    void unassignedInvoicesUseTheTenantDefaultRate() {
        // 09 §25 R4, R8
        sales.run(tenant, () -> transactions.executeWithoutResult(s -> jdbc.sql(
                "update tenant set default_commission_rate = 0.03").update()));
        InvoiceId id = fixtures.open(tenant, cora, null);
        fixtures.line(tenant, id, "1", "500.00", null);
        fixtures.soldBy(tenant, id, null);
        fixtures.finalize(tenant, id);

        ReportRow row = only(run());

        assertThat(row.text("salesperson")).isEqualTo("— unassigned —");
        assertThat(row.decimal("commission")).isEqualByComparingTo("15.00");
    }

    @Test
    void voidedAndOpenInvoicesAndTradeInLinesDoNotCountAndReturnsCountNegative() {
        // 09 §25 R4, R6, R8: Finalized only; trade-ins left out; return lines negative
        fixtures.voidIt(tenant, fixtures.sold(tenant, cora, "999.00"));
        fixtures.line(tenant, fixtures.open(tenant, cora, null), "1", "777.00", null);
        InvoiceId sale = returns.soldFor(tenant, cora, "300.00");
        InvoiceId withTradeIn = fixtures.open(tenant, cora, null);
        fixtures.line(tenant, withTradeIn, "1", "1000.00", null);
        sales.as(tenant, () -> tradeIns.add(withTradeIn, new AddingATradeIn.Request("Old ring", "JEWELRY", "Ring",
                new BigDecimal("400.00"), null, false)));
        fixtures.finalize(tenant, withTradeIn);
        returns.returned(tenant, cora, sale);

        ReportRow row = only(run());

        // 300 + 1,000 − 300 (the return); the 400.00 trade-in credit is not a sale
        assertThat(row.decimal("net_revenue")).isEqualByComparingTo("1000.00");
        assertThat(row.decimal("orders")).isEqualByComparingTo("3");
    }

    @Test
    void eachRowIsRoundedToCentsAndTheFooterSumsTheRoundedRows() {
        // 09 §25 R8, C10: 10.10 × 5 % = 0.505 → 0.51 per person; the footer 1.02, not round(1.01)
        var clerk = tenants.addPerson(tenant, "Ned", Set.of(tenant.group("Sales")), Set.of());
        fixtures.sold(tenant, cora, "10.10");
        InvoiceId id = fixtures.open(tenant, cora, null);
        fixtures.line(tenant, id, "1", "10.10", null);
        fixtures.soldBy(tenant, id, clerk.id());
        fixtures.finalize(tenant, id);

        ReportResult result = run();

        assertThat(result.rows().content()).extracting(r -> r.decimal("commission"))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("0.51"), new BigDecimal("0.51"));
        assertThat((BigDecimal) result.totals().get("commission")).isEqualByComparingTo("1.02");
        assertThat((BigDecimal) result.totals().get("net_revenue")).isEqualByComparingTo("20.20");
    }

    private ReportResult run() {
        return reports.run(tenant.owner(), "commissions", null, Map.of());
    }

    private static ReportRow only(ReportResult result) {
        assertThat(result.rows().content()).hasSize(1);
        return result.rows().content().getFirst();
    }
}
