package com.jeweltrak.reports.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** 09-reports §11 Top Sellers. */
@IntegrationTest
class TopSellersTests {

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures sales;
    @Autowired ReturnFixtures returns;
    @Autowired SalesReportFixtures fixtures;
    @Autowired ReportRuns reports;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    TestTenants.Tenant tenant;
    ContactId cora;

    @BeforeEach
    void openTenant() {
        tenant = tenants.open("top-sellers");
        cora = sales.customer(tenant);
    }

    @Test
    void itemsOfOneStyleAddUpAndItemsWithoutAStyleStandByTheirStockId() {
        // 09 §11 R2, R5: grouped by style number; items without one by StockID; ranked by units then revenue
        long style = style("ST-100");
        String a = returns.ring(tenant, "300.00");
        String b = returns.ring(tenant, "500.00");
        String loner = returns.ring(tenant, "2000.00");
        styled(a, style);
        styled(b, style);
        InvoiceId sale = returns.soldRing(tenant, a);
        returns.soldRing(tenant, b);
        returns.soldRing(tenant, loner);

        ReportResult result = run("summary", Map.of());

        assertThat(result.rows().content()).extracting(r -> r.text("style")).containsExactly("ST-100", loner);
        ReportRow first = result.rows().content().getFirst();
        assertThat(first.decimal("rank")).isEqualByComparingTo("1");
        assertThat(first.decimal("units")).isEqualByComparingTo("2");
        assertThat(first.decimal("revenue")).isEqualByComparingTo("800.00");
        assertThat(first.decimal("invoices")).isEqualByComparingTo("2");
        assertThat(first.decimal("avg_price")).isEqualByComparingTo("400.00");
        assertThat(first.decimal("on_hand")).isEqualByComparingTo("0");
        assertThat(sale).isNotNull();
    }

    @Test
    void voidedInvoicesAreLeftOutAndReturnsCountNegative() {
        // 09 §11 R5
        String a = returns.ring(tenant, "300.00");
        String b = returns.ring(tenant, "300.00");
        fixtures.voidIt(tenant, returns.soldRing(tenant, a));
        InvoiceId sale = returns.soldRing(tenant, b);
        InvoiceId back = returns.openFor(tenant, cora);
        returns.giveBack(tenant, back, returns.itemLine(tenant, sale), "1");
        returns.finalize(tenant, back);

        ReportResult result = run("summary", Map.of());

        assertThat(result.rows().content()).extracting(r -> r.text("style")).containsExactly(b);
        assertThat(result.rows().content().getFirst().decimal("units")).isEqualByComparingTo("0");
    }

    @Test
    void topNLimitsTheRowsAndTheDetailListsEverySaleBehindAStyle() {
        // 09 §11 R3, R4
        for (int i = 0; i < 3; i++) returns.soldRing(tenant, returns.ring(tenant, (100 + i) + ".00"));
        assertThat(fixtures.number(tenant, "select count(*) from invoice where status = 'FINALIZED'")).isEqualByComparingTo("3");

        ReportResult summary = run("summary", Map.of());
        assertThat(summary.rows().content()).hasSize(3);
        // R5: ties on units go by revenue, highest first
        assertThat(summary.rows().content()).extracting(r -> r.decimal("revenue").intValue()).containsExactly(102, 101, 100);
        String key = (String) summary.rows().content().getFirst().get("style_filter");
        assertThat(run("detail", Map.of("style", key)).rows().content()).singleElement()
                .satisfies(r -> assertThat(r.decimal("revenue")).isEqualByComparingTo("102.00"));
        assertThat(reports.read(tenant.owner(), "top-sellers", Map.of()).parameters()).containsEntry("top", "25");
    }

    @Test
    void theWindowDefaultsToTheLast90Days() {
        // 09 §11 R1: today − 89 … today
        var values = reports.read(tenant.owner(), "top-sellers", Map.of());
        assertThat(values.from()).isEqualTo(values.today().minusDays(89));
    }

    private long style(String number) {
        return sales.as(tenant, () -> transactions.execute(s -> jdbc.sql(
                "insert into style (tenant_id, style_number, family) values (jt_current_tenant(), ?, 'J') returning id")
                .param(number).query(Long.class).single()));
    }

    private void styled(String stockId, long style) {
        sales.run(tenant, () -> transactions.executeWithoutResult(s -> jdbc.sql(
                "update item set style_id = ? where stock_number = ?").params(style, Long.parseLong(stockId)).update()));
    }

    private ReportResult run(String view, Map<String, String> params) {
        return reports.run(tenant.owner(), "top-sellers", view, params);
    }
}
