package com.jeweltrak.reports.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.demo.DemoDataContributor;
import com.jeweltrak.platform.demo.DemoSize;
import com.jeweltrak.platform.demo.DemoTenant;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.reports.ReportRuns;
import com.jeweltrak.sales.AddingATradeIn;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.ReturnFixtures;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 11 point 4, 09-reports C3 and §9 R6: for the same filters, the same Net everywhere it appears — Sales Register
 * Σ Subtotal of the Finalized = Sales by Customer Net = Sales by Salesperson Net = Sales by Category Net = Σ Daily Sales
 * Gross = Sales vs Prior's Subtotal (all of them: Σ Subtotal of Finalized invoices dated in the range; the category
 * report reaches it line by line). Over a tenant with every kind of line and over the demo data.
 */
@IntegrationTest
class SalesReportsAgreeTests {

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures sales;
    @Autowired ReturnFixtures returns;
    @Autowired SalesReportFixtures fixtures;
    @Autowired AddingATradeIn tradeIns;
    @Autowired ReportRuns reports;
    @Autowired List<DemoDataContributor> contributors;
    @Autowired TransactionTemplate transactions;

    @Test
    void theSalesReportsAgreeOverAMixOfVoidsReturnsTradeInsWalkInsAndNoSalesperson() {
        TestTenants.Tenant tenant = tenants.open("agree-mix");
        returns.florida(tenant, "0.06");
        ContactId cora = sales.customer(tenant);
        var clerk = tenants.addPerson(tenant, "Sal", Set.of(tenant.group("Sales")), Set.of());
        InvoiceId sale = returns.soldRing(tenant, returns.ring(tenant, "900.00"));
        fixtures.voidIt(tenant, fixtures.sold(tenant, cora, "75.00"));
        InvoiceId back = returns.openFor(tenant, cora);
        returns.giveBack(tenant, back, returns.itemLine(tenant, sale), "1");
        fixtures.line(tenant, back, "3", "33.33", "0.05");
        returns.finalize(tenant, back);
        InvoiceId traded = fixtures.open(tenant, cora, null);
        fixtures.line(tenant, traded, "1", "1500.00", "150.00");
        sales.as(tenant, () -> tradeIns.add(traded, new AddingATradeIn.Request("Old watch", "WATCH", "Watch",
                new BigDecimal("400.00"), new BigDecimal("250.00"), true)));
        fixtures.soldBy(tenant, traded, clerk.id());
        fixtures.finalize(tenant, traded);
        fixtures.sold(tenant, null, "45.50");
        InvoiceId nobodys = fixtures.open(tenant, cora, null);
        fixtures.line(tenant, nobodys, "1", "60.00", null);
        fixtures.soldBy(tenant, nobodys, null);
        fixtures.finalize(tenant, nobodys);
        fixtures.line(tenant, fixtures.open(tenant, cora, null), "1", "5000.00", null);

        BigDecimal net = assertAgree(tenant, Map.of());

        assertThat(net).isEqualByComparingTo(fixtures.number(tenant,
                "select sum(subtotal) from invoice where status = 'FINALIZED'"));
    }

    @Test
    void theSalesReportsAgreeOverTheDemoData() {
        TestTenants.Tenant tenant = tenants.open("agree-demo");
        sales.customer(tenant);
        returns.anotherCustomer(tenant, "Payer");
        for (int i = 0; i < 16; i++) sales.ring(tenant);
        DemoTenant demo = new DemoTenant(tenant.id(), List.of(tenant.store()), Map.of("owner", tenant.owner().id()));
        List<DemoDataContributor> sold = contributors.stream()
                .filter(c -> Set.of("SalesDemoData", "AccountingDemoData", "GiftCardDemoData")
                        .contains(c.getClass().getSimpleName()))
                .sorted(java.util.Comparator.comparingInt(DemoDataContributor::order)).toList();
        assertThat(sold).hasSizeGreaterThanOrEqualTo(2);
        TenantContext.runAs(tenant.id(), tenant.owner().id(), () -> transactions.executeWithoutResult(s ->
                sold.forEach(c -> c.contribute(demo, DemoSize.SMALL))));
        LocalDate first = LocalDate.parse(fixtures.number(tenant,
                "select to_char(min(invoice_date), 'YYYYMMDD')::numeric from invoice").toPlainString(),
                java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        LocalDate today = reports.read(tenant.owner(), "sales-register", Map.of()).today();

        BigDecimal net = assertAgree(tenant, Map.of("from", first.toString(), "to", today.toString()));

        assertThat(net).isPositive();
    }

    /** Runs every sales report with these filters and checks their Net agrees; answers it. */
    private BigDecimal assertAgree(TestTenants.Tenant tenant, Map<String, String> period) {
        Map<String, BigDecimal> nets = new LinkedHashMap<>();
        nets.put("Sales Register Σ Subtotal (Finalized)", total(tenant, "sales-register", null,
                with(period, "status", "finalized"), "subtotal"));
        nets.put("Sales by Customer Net", total(tenant, "sales-by-customer", "summary", period, "net"));
        nets.put("Sales by Salesperson Net", total(tenant, "sales-by-salesperson", "summary", period, "net"));
        nets.put("Sales by Category Net", total(tenant, "sales-by-category", "summary", period, "net"));
        nets.put("Sales vs Prior Subtotal", reports.run(tenant.owner(), "sales-vs-prior", "summary", period).rows()
                .content().stream().filter(r -> "Subtotal".equals(r.text("metric"))).findFirst().orElseThrow()
                .decimal("current"));
        nets.put("Σ Daily Sales Gross", dailyGross(tenant, period));
        BigDecimal register = nets.values().iterator().next().setScale(2, RoundingMode.HALF_UP);
        nets.forEach((name, value) -> assertThat(value.setScale(2, RoundingMode.HALF_UP)).as(name + " " + nets)
                .isEqualByComparingTo(register));
        // 09 §9 R6: the two party reports agree on every footer figure, not only Net
        for (String key : List.of("invoice_count", "gross", "voided")) {
            assertThat(total(tenant, "sales-by-salesperson", "summary", period, key)).as(key)
                    .isEqualByComparingTo(total(tenant, "sales-by-customer", "summary", period, key));
        }
        return register;
    }

    /** Daily Sales covers at most 366 days a run: the range in windows. */
    private BigDecimal dailyGross(TestTenants.Tenant tenant, Map<String, String> period) {
        var values = reports.read(tenant.owner(), "daily-sales", period);
        BigDecimal sum = BigDecimal.ZERO;
        for (LocalDate from = values.from(); !from.isAfter(values.to()); from = from.plusDays(366)) {
            LocalDate to = from.plusDays(365).isAfter(values.to()) ? values.to() : from.plusDays(365);
            sum = sum.add(total(tenant, "daily-sales", "summary", Map.of("from", from.toString(), "to", to.toString()),
                    "gross"));
        }
        return sum;
    }

    private BigDecimal total(TestTenants.Tenant tenant, String key, String view, Map<String, String> params, String column) {
        Object value = reports.run(tenant.owner(), key, view, params).totals().get(column);
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    private static Map<String, String> with(Map<String, String> params, String key, String value) {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put(key, value);
        return all;
    }
}
