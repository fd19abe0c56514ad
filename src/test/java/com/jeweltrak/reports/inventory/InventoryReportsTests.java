package com.jeweltrak.reports.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jeweltrak.accounting.Books;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.MovementKind;
import com.jeweltrak.reports.ColumnKind;
import com.jeweltrak.reports.ReportResult;
import com.jeweltrak.reports.ReportRow;
import com.jeweltrak.reports.ReportRuns;
import com.jeweltrak.reports.RunningAReport;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 09-reports §21 Inventory Aging and §22 Inventory Valuation. */
@IntegrationTest
class InventoryReportsTests {

    @Autowired TestTenants tenants;
    @Autowired InventoryReportsFixture fixture;
    @Autowired ReportRuns reports;
    @Autowired Books books;
    @Autowired com.jeweltrak.reports.Reports allReports;

    TestTenants.Tenant tenant;
    LocalDate today;

    @BeforeEach
    void openTenant() {
        tenant = tenants.open("inventory-reports");
        today = fixture.today(tenant);
    }

    @Test
    void day365IsStillIn181To365AndDay366Is365Plus() {
        // 09 C7, §21 R2
        Map<Integer, String> expected = Map.of(0, "0–30", 30, "0–30", 31, "31–60", 90, "61–90", 91, "91–180",
                180, "91–180", 181, "181–365", 365, "181–365", 366, "365+");
        Map<Long, Integer> days = new java.util.HashMap<>();
        expected.keySet().forEach(d -> days.put(fixture.jewelry(tenant, today.minusDays(d), "10.00", "20.00", "1").value(), d));

        List<ReportRow> rows = aging("detail", Map.of()).rows().content();

        assertThat(rows).hasSize(expected.size());
        for (ReportRow row : rows) {
            int d = days.get(row.id("item_id"));
            assertThat(row.text("bucket")).as("day %d", d).isEqualTo(expected.get(d));
            assertThat(row.decimal("days_old").intValue()).isEqualTo(d);
            // C8: Days Old tinted past 180 and past 365
            assertThat(InventoryAging.daysTint(row)).as("day %d", d)
                    .isEqualTo(d > 365 ? "table-danger" : d > 180 ? "table-warning" : null);
        }
    }

    @Test
    void theSummaryPutsTheOldestBucketOnTopAndCountsCostAndRetail() {
        // 09 §21 R5: one row per bucket, oldest first, 365+ red and 181–365 amber
        fixture.jewelry(tenant, today.minusDays(400), "100.00", "300.00", "2");
        fixture.jewelry(tenant, today.minusDays(200), "50.00", "120.00", "1");
        fixture.jewelry(tenant, today.minusDays(5), "10.00", "25.00", "1");

        ReportResult summary = aging("summary", Map.of());

        assertThat(summary.rows().content()).extracting(r -> r.text("bucket")).containsExactly("365+", "181–365", "0–30");
        ReportRow oldest = summary.rows().content().getFirst();
        assertThat(oldest.decimal("items")).isEqualByComparingTo("1");
        assertThat(oldest.decimal("cost")).isEqualByComparingTo("200.00");
        assertThat(oldest.decimal("retail")).isEqualByComparingTo("600.00");
        assertThat(summary.rows().content()).extracting(InventoryAging::bucketTint)
                .containsExactly("table-danger", "table-warning", null);
        assertThat((BigDecimal) summary.totals().get("cost")).isEqualByComparingTo("260.00");
    }

    @Test
    void aBucketOpensItsItemsOldestFirst() {
        // 09 §21 R6
        ItemId older = fixture.jewelry(tenant, today.minusDays(50), "10.00", "20.00", "1");
        ItemId newer = fixture.jewelry(tenant, today.minusDays(40), "10.00", "20.00", "1");
        fixture.jewelry(tenant, today.minusDays(5), "10.00", "20.00", "1");

        assertThat(aging("detail", Map.of("bucket", "31-60")).rows().content()).extracting(r -> r.id("item_id"))
                .containsExactly(older.value(), newer.value());
    }

    @Test
    void scrappedReturnedAndSoldItemsNeverAppearAndOnMemoOnlyWhenIncluded() {
        // 09 §21 R3, R4
        ItemId scrapped = fixture.jewelry(tenant, today.minusDays(10), "10.00", "20.00", "1");
        fixture.move(tenant, scrapped, MovementKind.SCRAP, "-1", "0");
        ItemId returned = fixture.jewelry(tenant, today.minusDays(10), "10.00", "20.00", "1");
        fixture.move(tenant, returned, MovementKind.VENDOR_RETURN, "-1", "0");
        ItemId onMemo = fixture.jewelry(tenant, today.minusDays(10), "10.00", "20.00", "1");
        fixture.move(tenant, onMemo, MovementKind.MEMO_OUT, "-1", "1");
        ItemId inStock = fixture.jewelry(tenant, today.minusDays(10), "10.00", "20.00", "1");

        assertThat(aging("detail", Map.of()).rows().content()).extracting(r -> r.id("item_id"))
                .containsExactlyInAnyOrder(onMemo.value(), inStock.value());
        assertThat(aging("detail", Map.of("include", "in-stock")).rows().content()).extracting(r -> r.id("item_id"))
                .containsExactly(inStock.value());
    }

    @Test
    void jewelryIsValuedAtItsCarryQuantityAndStonesAtTheirLot() {
        // 09 §22 R2: J/W cost = unit cost × (in stock + on memo); a stone lot at its lot total
        ItemId rings = fixture.jewelry(tenant, today, "100.00", "250.00", "3");
        fixture.move(tenant, rings, MovementKind.MEMO_OUT, "-1", "1");
        fixture.diamond(tenant, today, "4000.00", "9000.00", "1.25");
        fixture.pearls(tenant, today, "300.00", "900.00", 48);

        List<ReportRow> summary = valuation("summary", Map.of()).rows().content();

        assertThat(summary).extracting(r -> r.text("type"))
                .containsExactly("Jewelry", "Watches", "Diamonds", "Colored Stones", "Pearls");
        assertThat(summary.get(0).decimal("cost")).isEqualByComparingTo("300.00");
        assertThat(summary.get(0).decimal("retail")).isEqualByComparingTo("750.00");
        assertThat(valuation("summary", Map.of("include", "in-stock")).rows().content().get(0).decimal("cost"))
                .isEqualByComparingTo("200.00");
        assertThat(summary.get(2).decimal("cost")).isEqualByComparingTo("4000.00");
        assertThat(summary.get(1).decimal("items")).isEqualByComparingTo("0");
        // R3: markup from the sums, "—" with no cost
        assertThat(ColumnKind.PERCENT.format(summary.get(0).get("markup_pct"))).isEqualTo("150.00 %");
        assertThat(ColumnKind.PERCENT.format(summary.get(1).get("markup_pct"))).isEqualTo("—");
    }

    @Test
    void theFooterMarkupComesFromTheSummedCostAndRetail() {
        // 09 §22 R3: (Σ retail − Σ cost) ÷ Σ cost, never an average of the types' markups
        fixture.jewelry(tenant, today, "100.00", "300.00", "1");
        fixture.diamond(tenant, today, "900.00", "1000.00", "1.00");

        ReportResult summary = valuation("summary", Map.of());

        // (1,300 − 1,000) ÷ 1,000 = 30 %, not (200 % + 11.11 %) ÷ 2
        assertThat(ColumnKind.PERCENT.format(summary.totals().get("markup_pct"))).isEqualTo("30.00 %");
    }

    @Test
    void theDetailShowsCaratsForStonesAPearlCountForPearlsAndTheLargestRetailFirst() {
        // 09 §22 R5
        ItemId rings = fixture.jewelry(tenant, today, "100.00", "250.00", "3");
        fixture.move(tenant, rings, MovementKind.MEMO_OUT, "-1", "1");
        ItemId diamond = fixture.diamond(tenant, today, "4000.00", "9000.00", "1.25");
        ItemId pearls = fixture.pearls(tenant, today, "300.00", "900.00", 48);

        List<ReportRow> rows = valuation("detail", Map.of()).rows().content();

        assertThat(rows).extracting(r -> r.id("item_id")).containsExactly(diamond.value(), pearls.value(), rings.value());
        assertThat(rows.get(0).decimal("qty")).isEqualByComparingTo("1.25");
        assertThat(rows.get(1).decimal("qty")).isEqualByComparingTo("48");
        assertThat(rows.get(2).decimal("qty")).isEqualByComparingTo("3");
        assertThat(rows.get(2).decimal("on_memo")).isEqualByComparingTo("1");
        assertThat(valuation("detail", Map.of("family", "D")).rows().content()).extracting(r -> r.id("item_id"))
                .containsExactly(diamond.value());
    }

    @Test
    void valuationCostEqualsAgingCostAndTheInventoryAccount() {
        // 09 §22 purpose: a cross-check of aging; the books keep Inventory at Σ (in stock + on memo) × cost
        ItemId rings = fixture.jewelry(tenant, today.minusDays(400), "100.00", "250.00", "3");
        fixture.move(tenant, rings, MovementKind.MEMO_OUT, "-1", "1");
        fixture.diamond(tenant, today.minusDays(200), "4000.00", "9000.00", "1.25");
        fixture.pearls(tenant, today.minusDays(20), "300.00", "900.00", 48);
        ItemId scrapped = fixture.jewelry(tenant, today.minusDays(20), "75.00", "150.00", "2");
        fixture.move(tenant, scrapped, MovementKind.SCRAP, "-1", "0");

        BigDecimal valuation = (BigDecimal) valuation("summary", Map.of()).totals().get("cost");
        BigDecimal aging = (BigDecimal) aging("summary", Map.of()).totals().get("cost");
        BigDecimal account = fixture.sales.as(tenant, () -> books.balance(SystemAccount.INVENTORY));

        assertThat(valuation).isEqualByComparingTo("4675.00");
        assertThat(aging).isEqualByComparingTo(valuation);
        assertThat(account).isEqualByComparingTo(valuation);
    }

    @Test
    void costColumnsAreHiddenFromPeopleWhoMayNotSeeCost() {
        // 09 §21 / §22: cost needs CanViewCost (counter staff cannot see cost)
        var person = tenants.addPerson(tenant, "Clerk", java.util.Set.of(tenant.group("Sales")), java.util.Set.of());
        var clerk = com.jeweltrak.platform.tenancy.TenantContext.callAs(tenant.id(), person.id(), () -> reports.user(person));
        var owner = fixture.sales.as(tenant, () -> reports.user(tenant.owner()));
        var aging = allReports.find("inventory-aging").orElseThrow().view("detail").orElseThrow();
        var filters = reports.read(tenant.owner(), "inventory-aging", Map.of());

        assertThat(RunningAReport.visibleColumns(aging, filters, clerk)).extracting(c -> c.key())
                .doesNotContain("cost").contains("retail");
        assertThat(RunningAReport.visibleColumns(aging, filters, owner)).extracting(c -> c.key()).contains("cost");
    }

    private ReportResult aging(String view, Map<String, String> params) {
        return reports.run(tenant.owner(), "inventory-aging", view, params);
    }

    private ReportResult valuation(String view, Map<String, String> params) {
        return reports.run(tenant.owner(), "inventory-valuation", view, params);
    }
}
