package com.jeweltrak.reports.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.reports.ReportResult;
import com.jeweltrak.reports.ReportRow;
import com.jeweltrak.reports.ReportRuns;
import com.jeweltrak.sales.AddingATradeIn;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.ReturnFixtures;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 09-reports §10 Sales by Category. */
@IntegrationTest
class SalesByCategoryTests {

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures sales;
    @Autowired ReturnFixtures returns;
    @Autowired SalesReportFixtures fixtures;
    @Autowired AddingATradeIn tradeIns;
    @Autowired ReportRuns reports;

    TestTenants.Tenant tenant;
    ContactId cora;

    @BeforeEach
    void openTenant() {
        tenant = tenants.open("by-category");
        cora = sales.customer(tenant);
    }

    @Test
    void itemLinesGroupByTypeAndCategoryMiscAndTradeInsByThemselvesAndNetIsTheSubtotal() {
        // 09 §10 R1, R2, C3: line value = Qty × UnitPrice − Adjustment; misc under "Misc"; trade-ins under "Trade-in"
        InvoiceId ring = returns.soldRing(tenant, returns.ring(tenant, "800.00"));
        InvoiceId mixed = fixtures.open(tenant, cora, null);
        fixtures.line(tenant, mixed, "2", "100.00", "20.00");
        sales.as(tenant, () -> tradeIns.add(mixed, new AddingATradeIn.Request("Old chain", "JEWELRY", "Chain",
                new BigDecimal("50.00"), null, false)));
        fixtures.finalize(tenant, mixed);

        ReportResult result = run("summary", Map.of());

        assertThat(row(result, "Jewelry", "Ring").decimal("net")).isEqualByComparingTo("800.00");
        assertThat(row(result, "Misc", "Non-stock").decimal("net")).isEqualByComparingTo("180.00");
        assertThat(row(result, "Misc", "Non-stock").decimal("quantity")).isEqualByComparingTo("2");
        assertThat(row(result, "Trade-in", "Chain").decimal("net")).isEqualByComparingTo("-50.00");
        assertThat((BigDecimal) result.totals().get("net")).isEqualByComparingTo(
                fixtures.number(tenant, "select sum(subtotal) from invoice where status = 'FINALIZED'"));
        assertThat(ring).isNotNull();
    }

    @Test
    void aReturnLineCountsNegativeInItsItemsCategory() {
        // 09 §10 R2: returns lower Net on the date of the invoice they are on (C3)
        String stock = returns.ring(tenant, "500.00");
        InvoiceId sale = returns.soldRing(tenant, stock);
        InvoiceId back = returns.openFor(tenant, cora);
        returns.giveBack(tenant, back, returns.itemLine(tenant, sale), "1");
        returns.finalize(tenant, back);

        ReportRow ring = row(run("summary", Map.of()), "Jewelry", "Ring");

        assertThat(ring.decimal("line_items")).isEqualByComparingTo("2");
        assertThat(ring.decimal("gross")).isEqualByComparingTo("0.00");
        assertThat(ring.decimal("quantity")).isEqualByComparingTo("0");
    }

    @Test
    void voidedLinesCountInGrossAndLineItemsButNotInNetNorTheAverage() {
        // 09 §10 R1, R2, C4
        fixtures.sold(tenant, cora, "100.00");
        fixtures.sold(tenant, cora, "300.00");
        fixtures.voidIt(tenant, fixtures.sold(tenant, cora, "60.00"));

        ReportRow misc = row(run("summary", Map.of()), "Misc", "Non-stock");

        assertThat(misc.decimal("line_items")).isEqualByComparingTo("3");
        assertThat(misc.decimal("gross")).isEqualByComparingTo("460.00");
        assertThat(misc.decimal("voided")).isEqualByComparingTo("60.00");
        assertThat(misc.decimal("net")).isEqualByComparingTo("400.00");
        assertThat(misc.decimal("average")).isEqualByComparingTo("200.00");
    }

    @Test
    void theDetailListsTheLinesOfOneTypeAndCategoryAndTheFamilyFilterKeepsOneFamily() {
        // 09 §10 R3, R4, C2
        returns.soldRing(tenant, returns.ring(tenant, "800.00"));
        fixtures.sold(tenant, cora, "100.00");

        ReportResult detail = run("detail", Map.of("stockType", "Jewelry", "category", "Ring"));
        assertThat(detail.rows().content()).singleElement().satisfies(r -> {
            assertThat(r.decimal("net")).isEqualByComparingTo("800.00");
            assertThat(r.text("status")).isEqualTo("Finalized");
            assertThat(r.text("item_type")).isEqualTo("jewelry");
        });
        assertThat(run("summary", Map.of("family", "J")).rows().content()).extracting(r -> r.text("stock_type"))
                .containsExactly("Jewelry");
    }

    private ReportResult run(String view, Map<String, String> params) {
        return reports.run(tenant.owner(), "sales-by-category", view, params);
    }

    private static ReportRow row(ReportResult result, String type, String category) {
        return result.rows().content().stream()
                .filter(r -> type.equals(r.text("stock_type")) && category.equals(r.text("category"))).findFirst()
                .orElseThrow(() -> new AssertionError(type + "/" + category + " not in " + result.rows().content()));
    }
}
