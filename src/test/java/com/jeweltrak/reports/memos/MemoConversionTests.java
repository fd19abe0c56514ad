package com.jeweltrak.reports.memos;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.reports.ColumnKind;
import com.jeweltrak.reports.ReportResult;
import com.jeweltrak.reports.ReportRow;
import com.jeweltrak.reports.ReportRuns;
import com.jeweltrak.sales.memos.MemoId;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 09-reports §17 Memo Conversion Rate. */
@IntegrationTest
class MemoConversionTests {

    @Autowired TestTenants tenants;
    @Autowired MemoReportsFixture fixture;
    @Autowired ReportRuns reports;

    TestTenants.Tenant tenant;
    LocalDate today;
    Map<String, String> thisMonth;

    @BeforeEach
    void openTenant() {
        tenant = tenants.open("memo-conversion");
        today = fixture.today(tenant);
        thisMonth = Map.of("from", today.withDayOfMonth(1).toString(), "to", today.toString());
    }

    @Test
    void tenThousandOutTwoThousandInvoicedFiveHundredReturnedIsTwentyPercentConvertedEightyPercentResolved() {
        // 09 §17 R2–R5: Conversion = 2,000 ÷ 10,000; Resolved = 2,000 ÷ (2,000 + 500)
        memoOf("100", "20", "5");

        ReportRow row = only(reports.run(tenant.owner(), "memo-conversion", "summary", thisMonth));

        assertThat(row.decimal("total_value")).isEqualByComparingTo("10000.00");
        assertThat(row.decimal("invoiced")).isEqualByComparingTo("2000.00");
        assertThat(row.decimal("returned")).isEqualByComparingTo("500.00");
        assertThat(row.decimal("pending")).isEqualByComparingTo("7500.00");
        assertThat(ColumnKind.PERCENT.format(row.get("conversion_pct"))).isEqualTo("20.00 %");
        assertThat(ColumnKind.PERCENT.format(row.get("resolved_pct"))).isEqualTo("80.00 %");
        assertThat(row.id("memos")).isEqualTo(1);
    }

    @Test
    void withNothingResolvedTheResolvedRateShowsADash() {
        // 09 §17 R5 (inferred): Invoiced + Returned = 0 → "—"
        memoOf("10", "0", "0");

        ReportRow row = only(reports.run(tenant.owner(), "memo-conversion", "summary", thisMonth));

        assertThat(row.get("resolved_pct")).isNull();
        assertThat(ColumnKind.PERCENT.format(row.get("resolved_pct"))).isEqualTo("—");
        assertThat(ColumnKind.PERCENT.format(row.get("conversion_pct"))).isEqualTo("0.00 %");
    }

    @Test
    void theFooterRatesComeFromTheSummedValuesNotAnAverageOfRates() {
        // 09 §17 R9: memo A 10,000 out / 2,000 invoiced / 500 returned; memo B (another customer) 1,000 out, all invoiced
        memoOf("100", "20", "5");
        ContactId otto = fixture.customer(tenant, "Otto", "Other");
        MemoId memo = fixture.issue(tenant, otto, today);
        long line = fixture.add(tenant, memo, fixture.memos.beads(tenant, "10"), "10", "100.00");
        fixture.invoice(tenant, memo, line, "10");

        ReportResult result = reports.run(tenant.owner(), "memo-conversion", "summary",
                with(thisMonth, "groupBy", "customer"));

        assertThat(result.rows().content()).hasSize(2);
        // (2,000 + 1,000) ÷ 11,000 = 27.27 %, not (20 % + 100 %) ÷ 2
        assertThat(ColumnKind.PERCENT.format(result.totals().get("conversion_pct"))).isEqualTo("27.27 %");
        // 3,000 ÷ 3,500 = 85.71 %
        assertThat(ColumnKind.PERCENT.format(result.totals().get("resolved_pct"))).isEqualTo("85.71 %");
        assertThat((BigDecimal) result.totals().get("total_value")).isEqualByComparingTo("11000.00");
    }

    @Test
    void groupedBySalespersonAMemoCountsForThePersonWhoWroteIt() {
        // 09 §17 R1: memos have no salesperson field; the writer (created_by) stands in
        memoOf("10", "1", "1");

        ReportRow row = only(reports.run(tenant.owner(), "memo-conversion", "summary", thisMonth));

        assertThat(row.text("group_key")).isEqualTo("u" + tenant.owner().id().value());
    }

    @Test
    void aGroupOpensItsMemosInTheDetail() {
        // 09 §17 R1: Detail has one row per memo, narrowed by the group pill
        MemoId coraMemo = memoOf("10", "1", "1");
        ContactId otto = fixture.customer(tenant, "Otto", "Other");
        MemoId ottoMemo = fixture.issue(tenant, otto, today);
        fixture.add(tenant, ottoMemo, fixture.memos.ring(tenant), "1", "300.00");

        var detail = reports.run(tenant.owner(), "memo-conversion", "detail",
                with(with(thisMonth, "groupBy", "customer"), "group", "c" + otto.value())).rows().content();

        assertThat(detail).extracting(r -> r.id("memo_id")).containsExactly(ottoMemo.value());
        assertThat(detail.getFirst().decimal("pending")).isEqualByComparingTo("300.00");
        assertThat(coraMemo).isNotEqualTo(ottoMemo);
    }

    @Test
    void memosOutsideThePeriodAndVoidedMemosAreLeftOut() {
        // 09 §17 R9: the period is on the memo date
        MemoId old = fixture.issue(tenant, today.withDayOfMonth(1).minusDays(1));
        fixture.add(tenant, old, fixture.memos.ring(tenant), "1", "100.00");
        MemoId voided = fixture.issue(tenant, today);
        fixture.add(tenant, voided, fixture.memos.ring(tenant), "1", "100.00");
        fixture.voidMemo(tenant, voided);

        assertThat(reports.run(tenant.owner(), "memo-conversion", "summary", thisMonth).rows().content()).isEmpty();
    }

    /** A memo dated today of 100 bead strands at 100.00 each… quantity given; {@code invoiced} and {@code returned} of them. */
    private MemoId memoOf(String quantity, String invoiced, String returned) {
        MemoId memo = fixture.issue(tenant, today);
        long line = fixture.add(tenant, memo, fixture.memos.beads(tenant, quantity), quantity, "100.00");
        if (new BigDecimal(invoiced).signum() > 0) fixture.invoice(tenant, memo, line, invoiced);
        if (new BigDecimal(returned).signum() > 0) fixture.giveBack(tenant, memo, line, returned, today);
        return memo;
    }

    private static Map<String, String> with(Map<String, String> params, String key, String value) {
        var all = new java.util.HashMap<>(params);
        all.put(key, value);
        return all;
    }

    private static ReportRow only(ReportResult result) {
        assertThat(result.rows().content()).hasSize(1);
        return result.rows().content().getFirst();
    }
}
