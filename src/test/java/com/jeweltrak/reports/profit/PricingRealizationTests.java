package com.jeweltrak.reports.profit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.partnerships.PartnershipFixtures;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.reports.ReportResult;
import com.jeweltrak.reports.ReportRow;
import com.jeweltrak.reports.ReportRuns;
import com.jeweltrak.sales.AddingALine;
import com.jeweltrak.sales.AddingATradeIn;
import com.jeweltrak.sales.ChangingAnInvoice;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.LineKind;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 09-reports §14 Pricing Realization & Margin Impact, through the report shell. */
@IntegrationTest
class PricingRealizationTests {

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures sales;
    @Autowired PartnershipFixtures pieces;
    @Autowired AddingALine adding;
    @Autowired AddingATradeIn addingTradeIn;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired ReportRuns reports;

    TestTenants.Tenant tenant;

    @BeforeEach
    void openTenant() {
        tenant = tenants.open("pricing");
    }

    @Test
    void aPieceListedAtTwoThousandSoldForSixteenHundredKeepsEightyPercentAndLosesTwelveAndAHalfPoints() {
        // 09 §14 R1–R3: List 2,000 (Retail), Actual 1,600, Cost 1,000 → Realization 80 %, Hyp GP 50 %,
        // Actual GP 37.5 %, Margin impact 12.5 points, Discount 400
        pieces.sell(tenant, pieces.item(tenant, "1000"), "1600");

        ReportRow row = only(run("summary", Map.of()));

        assertThat(row.text("group_name")).startsWith("Owner");
        assertThat(row.decimal("list")).isEqualByComparingTo("2000");
        assertThat(row.decimal("actual")).isEqualByComparingTo("1600");
        assertThat(row.decimal("discount")).isEqualByComparingTo("400");
        assertThat(row.decimal("realization_pct")).isEqualByComparingTo("80");
        assertThat(row.decimal("hyp_gp_pct")).isEqualByComparingTo("50");
        assertThat(row.decimal("actual_gp_pct")).isEqualByComparingTo("37.5");
        assertThat(row.decimal("margin_impact")).isEqualByComparingTo("12.5");
    }

    @Test
    void theFooterPercentagesComeFromTheSumsNotFromAveragingRows() {
        // 09 §14 R5, C10: 2 customers — (list 2000, actual 2000, cost 1000) and (list 100, actual 50, cost 50):
        // Σ actual ÷ Σ list = 97.62 %, not the rows' average 75 %; Actual GP % = 1000 ÷ 2050
        ItemId big = pieces.item(tenant, "1000");
        pieces.sell(tenant, big, "2000");
        var other = pieces.contact(tenant, "Second", "Buyer", false);
        InvoiceId small = sales.open(tenant);
        pieces.as(tenant, () -> {
            changingCustomer(small, other);
            return null;
        });
        sales.as(tenant, () -> adding.add(small, new AddingALine.Request(LineKind.ITEM,
                pieces.stockId(tenant, pieces.item(tenant, "50")), null, null, null, null, null, null)));
        long line = pieces.lineOf(tenant, small);
        pieces.as(tenant, () -> {
            changingLine.change(small, line, new com.jeweltrak.sales.ChangingALine.Request(null, BigDecimal.ONE,
                    new BigDecimal("50"), BigDecimal.ZERO, false));
            pieces.finalizeInvoice(small);
            return null;
        });

        ReportResult result = run("summary", Map.of("groupBy", "customer"));

        assertThat(result.rows().content()).hasSize(2);
        assertThat(new BigDecimal(result.totals().get("realization_pct").toString())).isEqualByComparingTo("97.6190");
        assertThat(new BigDecimal(result.totals().get("actual_gp_pct").toString()))
                .isEqualByComparingTo("48.7805");
    }

    @Test
    void tradeInLinesAreLeftOutAndAMiscLineListsAtItsUnitPrice() {
        // 09 §14 Data: trade-ins are intake, not sales; a misc line's List is its UnitPrice
        InvoiceId id = sales.open(tenant);
        sales.as(tenant, () -> adding.add(id, new AddingALine.Request(LineKind.NON_STOCK, null, "Engraving",
                BigDecimal.ONE, new BigDecimal("80"), new BigDecimal("20"), false, new BigDecimal("30"))));
        sales.as(tenant, () -> addingTradeIn.add(id, new AddingATradeIn.Request("Old chain", "JEWELRY", "Chain",
                new BigDecimal("40"), new BigDecimal("40"), false)));
        sales.run(tenant, () -> finalizing.finalizeInvoice(id));

        ReportRow row = only(run("summary", Map.of()));

        assertThat(row.decimal("list")).isEqualByComparingTo("80");
        assertThat(row.decimal("actual")).isEqualByComparingTo("60");
        assertThat(row.decimal("discount")).isEqualByComparingTo("20");
    }

    @Test
    void drillingIntoASalespersonListsTheirInvoicesContributions() {
        // 09 §14 R4: the group's per-invoice contribution
        var seller = tenants.addPerson(tenant, "Sam", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
        InvoiceId mine = pieces.invoice(tenant, pieces.item(tenant, "100"), "300");
        pieces.as(tenant, () -> {
            changingInvoice.change(mine, new ChangingAnInvoice.Request(sales.customer(tenant), seller.id(), null, null, null,
                    null, null, false));
            pieces.finalizeInvoice(mine);
            return null;
        });
        pieces.sell(tenant, pieces.item(tenant, "100"), "250");

        ReportRow sam = run("summary", Map.of()).rows().content().stream()
                .filter(r -> r.text("group_name").startsWith("Sam")).findFirst().orElseThrow();
        ReportResult detail = run("detail", Map.of("salesperson", sam.text("salesperson_pill")));

        assertThat(detail.rows().content()).extracting(r -> r.id("invoice_id")).containsExactly(mine.value());
        assertThat(detail.rows().content().getFirst().decimal("actual")).isEqualByComparingTo("300");
    }

    @Autowired com.jeweltrak.sales.ChangingALine changingLine;
    @Autowired ChangingAnInvoice changingInvoice;

    private void changingCustomer(InvoiceId id, com.jeweltrak.contacts.ContactId customer) {
        changingInvoice.change(id, new ChangingAnInvoice.Request(customer, null, null, null, null, null, null, false));
    }

    private ReportResult run(String view, Map<String, String> params) {
        return reports.run(tenant.owner(), "pricing-realization", view, params);
    }

    private static ReportRow only(ReportResult result) {
        assertThat(result.rows().content()).hasSize(1);
        return result.rows().content().getFirst();
    }
}
