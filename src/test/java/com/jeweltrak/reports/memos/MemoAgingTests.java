package com.jeweltrak.reports.memos;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.reports.ReportResult;
import com.jeweltrak.reports.ReportRow;
import com.jeweltrak.reports.ReportRuns;
import com.jeweltrak.sales.memos.MemoId;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 09-reports §16 Memo Aging. */
@IntegrationTest
class MemoAgingTests {

    @Autowired TestTenants tenants;
    @Autowired MemoReportsFixture fixture;
    @Autowired ReportRuns reports;
    @Autowired com.jeweltrak.reports.Reports allReports;

    TestTenants.Tenant tenant;
    LocalDate today;
    ContactId cora;
    ContactId otto;

    @BeforeEach
    void openTenant() {
        tenant = tenants.open("memo-aging");
        today = fixture.today(tenant);
        cora = fixture.memos.sales.customer(tenant);
        otto = fixture.customer(tenant, "Otto", "Other");
    }

    @Test
    void outstandingIsTheUnitsNeitherInvoicedNorReturnedAtTheUnitPrice() {
        // 09 §16 R1, R2: 10 out at 40.00, 2 returned, 3 invoiced → 5 × 40.00 = 200.00
        String beads = fixture.memos.beads(tenant, "10");
        MemoId memo = fixture.issue(tenant, cora, today.minusDays(5));
        long line = fixture.add(tenant, memo, beads, "10", "40.00");
        fixture.giveBack(tenant, memo, line, "2", today);
        fixture.invoice(tenant, memo, line, "3");

        ReportRow row = only(detail(Map.of()));
        assertThat(row.decimal("outstanding")).isEqualByComparingTo("200.00");
    }

    @Test
    void theSummaryAgesEachCustomersMemosAndPutsTheLargestTotalFirst() {
        // 09 §16 R3, R5
        memo(cora, 10, "100.00");
        memo(cora, 95, "300.00");
        memo(otto, 45, "250.00");
        memo(otto, 75, "500.00");

        var rows = reports.run(tenant.owner(), "memo-aging", "summary", Map.of()).rows().content();

        assertThat(rows).extracting(r -> r.id("customer_id")).containsExactly(otto.value(), cora.value());
        ReportRow ottoRow = rows.get(0);
        assertThat(ottoRow.decimal("d31_60")).isEqualByComparingTo("250.00");
        assertThat(ottoRow.decimal("d61_90")).isEqualByComparingTo("500.00");
        assertThat(ottoRow.decimal("total")).isEqualByComparingTo("750.00");
        var report = allReports.find("memo-aging").orElseThrow().view("summary").orElseThrow();
        assertThat(report.column("d61_90").orElseThrow().tintOf(ottoRow)).isEqualTo("table-warning");
        ReportRow coraRow = rows.get(1);
        assertThat(report.column("d61_90").orElseThrow().tintOf(coraRow)).as("nothing 61–90 days old").isNull();
        assertThat(report.column("d91_plus").orElseThrow().tintOf(coraRow)).isEqualTo("table-danger");
        assertThat(coraRow.decimal("current")).isEqualByComparingTo("100.00");
        assertThat(coraRow.decimal("d91_plus")).isEqualByComparingTo("300.00");
    }

    @Test
    void aCustomerWithNothingOutstandingDoesNotAppear() {
        // 09 §16 R1, R4: a line fully resolved is not outstanding
        MemoId memo = fixture.issue(tenant, otto, today.minusDays(20));
        long line = fixture.add(tenant, memo, fixture.memos.ring(tenant), "1", "400.00");
        fixture.giveBack(tenant, memo, line, "1", today);
        memo(cora, 3, "100.00");

        assertThat(reports.run(tenant.owner(), "memo-aging", "summary", Map.of()).rows().content())
                .extracting(r -> r.id("customer_id")).containsExactly(cora.value());
    }

    @Test
    void theDetailListsOutstandingMemosOldestFirstTintedPastSixtyAndNinetyDays() {
        // 09 §16 R7
        MemoId recent = memo(cora, 10, "100.00");
        MemoId old = memo(cora, 91, "100.00");
        MemoId middle = memo(otto, 61, "100.00");

        var rows = detail(Map.of()).rows().content();

        assertThat(rows).extracting(r -> r.id("memo_id")).containsExactly(old.value(), middle.value(), recent.value());
        assertThat(rows).extracting(MemoAging::detailTint).containsExactly("table-danger", "table-warning", null);
    }

    @Test
    void aBucketCellOpensThatCustomerAndBucket() {
        // 09 §16 R6: customer and bucket pills narrow the detail
        memo(cora, 10, "100.00");
        MemoId coraOld = memo(cora, 40, "100.00");
        memo(otto, 40, "100.00");

        assertThat(detail(Map.of("customer", cora.toString(), "bucket", "31-60")).rows().content())
                .extracting(r -> r.id("memo_id")).containsExactly(coraOld.value());
        assertThat(detail(Map.of("customer", cora.toString())).rows().content()).hasSize(2);
    }

    @Test
    void theAgingTotalEqualsMemoLiabilitysRetailExposure() {
        // 09 §16 / §12: one definition of what is still out, so the two reports agree
        String beads = fixture.memos.beads(tenant, "6");
        MemoId memo = fixture.issue(tenant, cora, today.minusDays(40));
        long line = fixture.add(tenant, memo, beads, "6", "40.00");
        fixture.giveBack(tenant, memo, line, "1", today.minusDays(30));
        fixture.invoice(tenant, memo, line, "2");
        memo(otto, 100, "700.00");

        for (LocalDate asOf : new LocalDate[] {today, today.minusDays(35), today.minusDays(25)}) {
            Map<String, String> at = Map.of("asOf", asOf.toString());
            BigDecimal aging = (BigDecimal) reports.run(tenant.owner(), "memo-aging", "summary", at).totals().get("total");
            BigDecimal liability = (BigDecimal) reports.run(tenant.owner(), "memo-liability", null, at).totals()
                    .get("retail_exposure");
            assertThat(aging).as("as of %s", asOf).isEqualByComparingTo(liability);
        }
    }

    private MemoId memo(ContactId customer, int daysAgo, String price) {
        MemoId memo = fixture.issue(tenant, customer, today.minusDays(daysAgo));
        fixture.add(tenant, memo, fixture.memos.ring(tenant), "1", price);
        return memo;
    }

    private ReportResult detail(Map<String, String> params) {
        return reports.run(tenant.owner(), "memo-aging", "detail", params);
    }

    private static ReportRow only(ReportResult result) {
        assertThat(result.rows().content()).hasSize(1);
        return result.rows().content().getFirst();
    }
}
