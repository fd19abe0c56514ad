package com.jeweltrak.reports.memos;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jeweltrak.reports.ReportResult;
import com.jeweltrak.reports.ReportRow;
import com.jeweltrak.reports.ReportRuns;
import com.jeweltrak.sales.memos.MemoId;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 09-reports §12 Memo Liability. */
@IntegrationTest
class MemoLiabilityTests {

    @Autowired TestTenants tenants;
    @Autowired MemoReportsFixture fixture;
    @Autowired ReportRuns reports;

    TestTenants.Tenant tenant;
    LocalDate today;

    @BeforeEach
    void openTenant() {
        tenant = tenants.open("memo-liability");
        today = fixture.today(tenant);
    }

    @Test
    void aLineIsWorthItsUnitsStillOutAtCostAndAtTheMemoPrice() {
        // 09 §12 R1, R3: cost = units still out × item cost (12.00), retail = units × memo line unit price
        String beads = fixture.memos.beads(tenant, "5");
        MemoId memo = fixture.issue(tenant, today.minusDays(3));
        long line = fixture.add(tenant, memo, beads, "5", "50.00");
        fixture.giveBack(tenant, memo, line, "2", today.minusDays(1));

        ReportRow row = only(run(Map.of()));

        assertThat(row.decimal("qty_remaining")).isEqualByComparingTo("3");
        assertThat(row.decimal("cost_exposure")).isEqualByComparingTo("36.00");
        assertThat(row.decimal("retail_exposure")).isEqualByComparingTo("150.00");
        assertThat(row.decimal("days_out")).isEqualByComparingTo("3");
        assertThat(row.text("bucket")).isEqualTo("0–30");
        assertThat(row.text("item_type")).isEqualTo("Jewelry");
        assertThat(row.text("stock_number")).isEqualTo(beads);
    }

    @Test
    void returnsAndInvoicingsDatedAfterAsOfDoNotReduceWhatWasOut() {
        // 09 §12 R4
        String beads = fixture.memos.beads(tenant, "10");
        MemoId memo = fixture.issue(tenant, today.minusDays(20));
        long line = fixture.add(tenant, memo, beads, "10", "40.00");
        fixture.giveBack(tenant, memo, line, "2", today.minusDays(10));
        fixture.invoice(tenant, memo, line, "3");

        assertThat(only(run(Map.of("asOf", today.minusDays(11).toString()))).decimal("qty_remaining"))
                .isEqualByComparingTo("10");
        assertThat(only(run(Map.of("asOf", today.minusDays(10).toString()))).decimal("qty_remaining"))
                .isEqualByComparingTo("8");
        assertThat(only(run(Map.of())).decimal("qty_remaining")).isEqualByComparingTo("5");
    }

    @Test
    void aMemoDatedAfterAsOfIsNotYetOut() {
        // 09 §12 R1: as of the date
        fixture.add(tenant, fixture.issue(tenant, today.minusDays(2)), fixture.memos.ring(tenant), "1", null);

        assertThat(run(Map.of("asOf", today.minusDays(3).toString())).rows().content()).isEmpty();
    }

    @Test
    void aLineFullyReturnedOrInvoicedIsNoLongerOpen() {
        // 09 §12 R3: a line is open while QtyRemaining > 0
        String beads = fixture.memos.beads(tenant, "4");
        MemoId memo = fixture.issue(tenant, today.minusDays(5));
        long line = fixture.add(tenant, memo, beads, "4", "40.00");
        fixture.giveBack(tenant, memo, line, "1", today);
        fixture.invoice(tenant, memo, line, "3");

        assertThat(run(Map.of()).rows().content()).isEmpty();
    }

    @Test
    void aVoidedMemoIsNotOut() {
        MemoId memo = fixture.issue(tenant, today.minusDays(5));
        fixture.add(tenant, memo, fixture.memos.ring(tenant), "1", null);
        fixture.voidMemo(tenant, memo);

        assertThat(run(Map.of()).rows().content()).isEmpty();
    }

    @Test
    void daysOutAreBucketedWithInclusiveBoundaries() {
        // 09 C6: day 30 → 0–30, 31 → 31–60, 60 → 31–60, 61 → 61–90, 90 → 61–90, 91 → 91+
        Map<Integer, String> expected = Map.of(30, "0–30", 31, "31–60", 60, "31–60", 61, "61–90", 90, "61–90",
                91, "91+");
        Map<Long, Integer> memoDays = new HashMap<>();
        for (int days : expected.keySet()) {
            MemoId memo = fixture.issue(tenant, today.minusDays(days));
            fixture.add(tenant, memo, fixture.memos.ring(tenant), "1", "100.00");
            memoDays.put(memo.value(), days);
        }

        for (ReportRow row : run(Map.of()).rows().content()) {
            int days = memoDays.get(row.id("memo_id"));
            assertThat(row.decimal("days_out").intValue()).isEqualTo(days);
            assertThat(row.text("bucket")).as("day %d", days).isEqualTo(expected.get(days));
            // C8: 91+ red, 61–90 amber
            assertThat(MemoLiability.tint(row)).isEqualTo(days > 90 ? "table-danger" : days > 60 ? "table-warning" : null);
        }
        assertThat(run(Map.of("bucket", "31-60")).rows().content()).extracting(r -> memoDays.get(r.id("memo_id")))
                .containsExactlyInAnyOrder(31, 60);
    }

    @Test
    void theFooterTotalsCostAndRetailCountsTheLinesAndSubtotalsEachBucket() {
        // 09 §12 R5
        MemoId recent = fixture.issue(tenant, today.minusDays(10));
        fixture.add(tenant, recent, fixture.memos.ring(tenant), "1", "1000.00");
        fixture.add(tenant, recent, fixture.memos.ring(tenant), "1", "500.00");
        MemoId old = fixture.issue(tenant, today.minusDays(100));
        fixture.add(tenant, old, fixture.memos.ring(tenant), "1", "800.00");

        ReportResult result = run(Map.of());

        assertThat((BigDecimal) result.totals().get("retail_exposure")).isEqualByComparingTo("2300.00");
        assertThat((BigDecimal) result.totals().get("cost_exposure")).isEqualByComparingTo("1050.00");
        assertThat(result.totals().get("bucket")).isEqualTo("3 lines");
        var byBucket = result.breakdowns().getFirst().entries();
        assertThat(byBucket).extracting(Map.Entry::getKey).containsExactly("0–30", "91+");
        assertThat(byBucket).extracting(e -> new BigDecimal(e.getValue().toString()).intValue())
                .containsExactly(1500, 800);
    }

    @Test
    void theCustomerAndItemTypeFiltersNarrowTheLines() {
        // 09 §12 R2
        var other = fixture.customer(tenant, "Otto", "Other");
        MemoId mine = fixture.issue(tenant, today.minusDays(1));
        fixture.add(tenant, mine, fixture.memos.ring(tenant), "1", null);
        MemoId theirs = fixture.issue(tenant, other, today.minusDays(1));
        fixture.add(tenant, theirs, fixture.memos.ring(tenant), "1", null);

        assertThat(run(Map.of("customer", other.toString())).rows().content()).extracting(r -> r.id("memo_id"))
                .containsExactly(theirs.value());
        assertThat(run(Map.of("family", "W")).rows().content()).isEmpty();
        assertThat(run(Map.of("family", "J")).rows().content()).hasSize(2);
    }

    private ReportResult run(Map<String, String> params) {
        return reports.run(tenant.owner(), "memo-liability", null, params);
    }

    private static ReportRow only(ReportResult result) {
        List<ReportRow> rows = result.rows().content();
        assertThat(rows).hasSize(1);
        return rows.getFirst();
    }
}
