package com.jeweltrak.reports.profit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.EditingAnItem;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.partnerships.PartnerShare;
import com.jeweltrak.partnerships.PartnershipFixtures;
import com.jeweltrak.partnerships.SellingToAPartner;
import com.jeweltrak.partnerships.ShareKind;
import com.jeweltrak.reports.ReportResult;
import com.jeweltrak.reports.ReportRow;
import com.jeweltrak.reports.ReportRuns;
import com.jeweltrak.sales.AddingALine;
import com.jeweltrak.sales.AddingATradeIn;
import com.jeweltrak.sales.ChangingALine;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.LineKind;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.sales.VoidingAnInvoice;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** 09-reports §13 Gross Profit, through the report shell. */
@IntegrationTest
class GrossProfitTests {

    @Autowired TestTenants tenants;
    @Autowired SalesFixtures sales;
    @Autowired PartnershipFixtures partnerships;
    @Autowired SellingToAPartner sellingToAPartner;
    @Autowired ChangingALine changing;
    @Autowired AddingALine adding;
    @Autowired AddingATradeIn addingTradeIn;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired VoidingAnInvoice voiding;
    @Autowired EditingAnItem editing;
    @Autowired Items items;
    @Autowired TransactionTemplate transactions;
    @Autowired ReportRuns reports;

    TestTenants.Tenant tenant;

    @BeforeEach
    void openTenant() {
        tenant = tenants.open("gross-profit");
    }

    @Test
    void aTenThousandItemSoldForTwentyThousandMakesTenThousand() {
        // 09 §13 worked example 1 (partnerships article): $10K item sold by you for $20K → GP $10K
        InvoiceId sold = partnerships.sell(tenant, partnerships.item(tenant, "10000"), "20000");

        ReportRow row = only(run("summary", Map.of()));

        assertThat(row.id("invoice_id")).isEqualTo(sold.value());
        assertThat(row.decimal("sell_total")).isEqualByComparingTo("20000");
        assertThat(row.decimal("cost")).isEqualByComparingTo("10000");
        assertThat(row.decimal("gp")).isEqualByComparingTo("10000");
        assertThat(row.decimal("gp_pct")).isEqualByComparingTo("50");
    }

    @Test
    void aPartnerSoldSettlementEarnsThePriceLessYourBasis() {
        // 09 §13 worked example 2, R4, R6: 50/50 on a $10K item, partner sold, settlement $10K, basis $5K → GP $5K
        ContactId pia = partnerships.contact(tenant, "Pia", "Partner", true);
        ItemId item = partnerships.item(tenant, "10000");
        partnerships.setUp(tenant, item, null, new PartnerShare(pia, ShareKind.OWNER, new BigDecimal("50"), true));
        InvoiceId settlement = partnerships.as(tenant, () -> sellingToAPartner.sell(item, null));
        long line = partnerships.lineOf(tenant, settlement);
        partnerships.as(tenant, () -> {
            changing.change(settlement, line, new ChangingALine.Request(null, null, new BigDecimal("10000"), null, null));
            partnerships.finalizeInvoice(settlement);
            return null;
        });

        ReportRow row = only(run("detail", Map.of()));

        assertThat(row.text("line_type")).isEqualTo("Partner settlement");
        assertThat(row.decimal("sell_total")).isEqualByComparingTo("10000");
        assertThat(row.decimal("cost")).isEqualByComparingTo("5000");
        assertThat(row.decimal("gp")).isEqualByComparingTo("5000");
    }

    @Test
    void anOwnerSoldPartnershipItemCarriesItsFullCostNotYourShare() {
        // 09 §13 R6, decision 3: the partner's share is never subtracted
        ContactId pia = partnerships.contact(tenant, "Pia", "Partner", true);
        ItemId item = partnerships.item(tenant, "10000");
        partnerships.setUp(tenant, item, null, PartnershipFixtures.owner(pia, "50"));
        partnerships.sell(tenant, item, "16000");

        ReportRow row = only(run("detail", Map.of()));

        assertThat(row.text("line_type")).isEqualTo("Sold");
        assertThat(row.decimal("cost")).isEqualByComparingTo("10000");
        assertThat(row.decimal("gp")).isEqualByComparingTo("6000");
    }

    @Test
    void costIsLiveACostAddedAfterTheSaleChangesGpTheNextTimeTheReportRuns() {
        // 09 §13 R3: the item's current cost basis (additional costs are folded into it), recomputed on every run
        ItemId item = partnerships.item(tenant, "10000");
        partnerships.sell(tenant, item, "20000");
        assertThat(only(run("summary", Map.of())).decimal("gp")).isEqualByComparingTo("10000");

        partnerships.as(tenant, () -> transactions.execute(s -> {
            Item current = items.get(item);
            return editing.save(item, new Item(current.id(), current.stockNumber(), current.store(), current.category(),
                    current.vendor(), current.description(), current.identifiers(), current.taxable(),
                    current.purchaseDate(), new BigDecimal("10750"), current.prices(), current.quantities(),
                    current.details()));
        }));

        ReportRow row = only(run("summary", Map.of()));
        assertThat(row.decimal("cost")).isEqualByComparingTo("10750");
        assertThat(row.decimal("gp")).isEqualByComparingTo("9250");
    }

    @Test
    void aSoldLineLosesItsTradeConcessionAndCashDiscount() {
        // 09 §13 R2: SellTotal = Qty × UnitPrice − TradeConcession − CashDiscount (the line's Adjustment)
        InvoiceId id = partnerships.invoice(tenant, partnerships.item(tenant, "1000"), "3000");
        long line = partnerships.lineOf(tenant, id);
        partnerships.as(tenant, () -> {
            changing.change(id, line, new ChangingALine.Request(null, null, null, new BigDecimal("200"), null));
            return null;
        });
        tradeIn(id, "700", "400");
        sales.as(tenant, () -> {
            setConcession(id, line, "150");
            return null;
        });
        sales.run(tenant, () -> finalizing.finalizeInvoice(id));

        ReportRow sold = lines().stream().filter(r -> r.text("line_type").equals("Sold")).findFirst().orElseThrow();
        assertThat(sold.decimal("sell_total")).isEqualByComparingTo("2650");
        assertThat(sold.decimal("gp")).isEqualByComparingTo("1650");
    }

    @Test
    void aTradeInLineIsGpNeutralListedInDetailAndLeftOutOfTheSums() {
        // 09 §13 R2: SellTotal = −|Qty| × Trade Actual Value, Cost = SellTotal, GP 0; not in the sums nor in GP %
        InvoiceId id = partnerships.invoice(tenant, partnerships.item(tenant, "1000"), "3000");
        tradeIn(id, "700", "400");
        sales.run(tenant, () -> finalizing.finalizeInvoice(id));

        ReportResult detail = run("detail", Map.of());
        ReportRow tradeIn = detail.rows().content().stream().filter(r -> r.text("line_type").equals("Trade-in"))
                .findFirst().orElseThrow();
        assertThat(tradeIn.decimal("sell_total")).isEqualByComparingTo("-400");
        assertThat(tradeIn.decimal("cost")).isEqualByComparingTo("-400");
        assertThat(tradeIn.decimal("gp")).isEqualByComparingTo("0");
        assertThat((BigDecimal) detail.totals().get("sell_total")).isEqualByComparingTo("3000");
        assertThat((BigDecimal) detail.totals().get("gp")).isEqualByComparingTo("2000");
        assertThat(detail.totals().get("gp_pct")).satisfies(p -> assertThat(new BigDecimal(p.toString()))
                .isEqualByComparingTo("66.6667"));

        ReportRow summary = only(run("summary", Map.of()));
        assertThat(summary.decimal("sell_total")).isEqualByComparingTo("3000");
        assertThat(summary.decimal("cost")).isEqualByComparingTo("1000");
    }

    @Test
    void aReturnReversesTheSalesGpWithTheSameLiveCostInTheReturnsPeriod() {
        // 09 §13 R7: negative SellTotal and negative (live) cost on the return line
        InvoiceId sold = partnerships.sell(tenant, partnerships.item(tenant, "1000"), "2500");
        InvoiceId back = partnerships.returnItem(tenant, sold);

        ReportRow returned = lines().stream().filter(r -> r.id("invoice_id") == back.value()).findFirst().orElseThrow();
        assertThat(returned.text("line_type")).isEqualTo("Return");
        assertThat(returned.decimal("sell_total")).isEqualByComparingTo("-2500");
        assertThat(returned.decimal("cost")).isEqualByComparingTo("-1000");
        assertThat(returned.decimal("gp")).isEqualByComparingTo("-1500");
        assertThat((BigDecimal) run("summary", Map.of()).totals().get("gp")).isEqualByComparingTo("0");
    }

    @Test
    void aMiscLineUsesTheCostStoredOnTheLine() {
        // 09 §13 R4
        InvoiceId id = sales.open(tenant);
        sales.as(tenant, () -> adding.add(id, new AddingALine.Request(LineKind.NON_STOCK, null, "Engraving", BigDecimal.ONE,
                new BigDecimal("80"), null, false, new BigDecimal("30"))));
        sales.run(tenant, () -> finalizing.finalizeInvoice(id));

        ReportRow row = only(run("detail", Map.of()));
        assertThat(row.text("line_type")).isEqualTo("Misc");
        assertThat(row.decimal("cost")).isEqualByComparingTo("30");
        assertThat(row.decimal("gp")).isEqualByComparingTo("50");
    }

    @Test
    void openAndVoidedInvoicesAreLeftOut() {
        // 09 §13 R7, C9
        partnerships.invoice(tenant, partnerships.item(tenant, "100"), "300");
        InvoiceId voided = partnerships.sell(tenant, partnerships.item(tenant, "100"), "300");
        sales.run(tenant, () -> voiding.voidInvoice(voided));

        assertThat(run("summary", Map.of()).rows().content()).isEmpty();
    }

    @Test
    void gpPercentShowsNothingWhenThereIsNoSellTotal() {
        // 09 §13 R5, C10: "—" at 0
        InvoiceId id = sales.open(tenant);
        sales.as(tenant, () -> adding.add(id, new AddingALine.Request(LineKind.NON_STOCK, null, "Courtesy clean",
                BigDecimal.ONE, BigDecimal.ZERO, null, false, BigDecimal.ZERO)));
        sales.run(tenant, () -> finalizing.finalizeInvoice(id));

        ReportRow row = only(run("summary", Map.of()));
        assertThat(row.get("gp_pct")).isNull();
    }

    @Test
    void theInvoicePillNarrowsTheDetailToThatInvoice() {
        // 09 C2, §13 R8: a Summary cell drills to Detail with the invoice pill
        InvoiceId first = partnerships.sell(tenant, partnerships.item(tenant, "100"), "300");
        partnerships.sell(tenant, partnerships.item(tenant, "100"), "400");

        String number = run("summary", Map.of()).rows().content().stream()
                .filter(r -> r.id("invoice_id") == first.value()).findFirst().orElseThrow().text("number");

        assertThat(run("detail", Map.of("invoice", number)).rows().content())
                .extracting(r -> r.id("invoice_id")).containsExactly(first.value());
    }

    @Test
    void theStockNumberOpensTheItemsPeekByItsFamily() {
        // 09 §13 UI, §2 R3: the Detail row's Stock # opens the item in Quick Peek
        partnerships.sell(tenant, partnerships.item(tenant, "100"), "300");

        ReportRow row = only(run("detail", Map.of()));
        var view = catalog.find("gross-profit").orElseThrow().view("detail").orElseThrow();

        assertThat(((com.jeweltrak.reports.Drill.Peek) view.column("stock_number").orElseThrow().drill()).urlFor(row))
                .isEqualTo("/peek/jewelry/" + row.id("item_id"));
    }

    @Autowired com.jeweltrak.reports.Reports catalog;

    private void tradeIn(InvoiceId id, String credit, String actual) {
        sales.as(tenant, () -> addingTradeIn.add(id, new AddingATradeIn.Request("Old gold bracelet", "JEWELRY",
                "Bracelet", new BigDecimal(credit), new BigDecimal(actual), false)));
    }

    @Autowired com.jeweltrak.sales.SettingATradeConcession concessions;

    private void setConcession(InvoiceId id, long line, String amount) {
        concessions.set(id, line, new BigDecimal(amount));
    }

    private List<ReportRow> lines() {
        return run("detail", Map.of()).rows().content();
    }

    @Test
    void aPagePastTheLastStillCarriesTheFooterOverEveryInvoice() {
        // 09 §2 R3: the footer covers every matching row whatever page is shown (Summary runs page and footer in one pass)
        partnerships.sell(tenant, partnerships.item(tenant, "100"), "300");
        partnerships.sell(tenant, partnerships.item(tenant, "50"), "80");

        ReportResult first = reports.run(tenant.owner(), "gross-profit", "summary", Map.of(), "gp,desc", 0, 1);
        ReportResult past = reports.run(tenant.owner(), "gross-profit", "summary", Map.of(), null, 5, 1);

        assertThat(first.rows().content()).extracting(r -> r.decimal("gp").intValue()).containsExactly(200);
        assertThat(past.rows().content()).isEmpty();
        for (ReportResult result : List.of(first, past)) {
            assertThat(result.rows().totalElements()).isEqualTo(2);
            assertThat((java.math.BigDecimal) result.totals().get("gp")).isEqualByComparingTo("230");
        }
    }

    private ReportResult run(String view, Map<String, String> params) {
        return reports.run(tenant.owner(), "gross-profit", view, params);
    }

    private static ReportRow only(ReportResult result) {
        assertThat(result.rows().content()).hasSize(1);
        return result.rows().content().getFirst();
    }
}
