package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.util.List;

import com.jeweltrak.platform.tenancy.Store;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 08-accounting §Sales Tax, its worked examples (Florida: 6 % state + 1 % county, $5,000 cap) and rules. */
class SalesTaxTests {

    static final TaxSnapshot FLORIDA = new TaxSnapshot(d("0.06"), d("0.01"), d("5000.00"));

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static SaleLine item(String qty, String price) {
        return SaleLine.sale(LineKind.ITEM, d(qty), d(price), null, true, null);
    }

    // §Sales Tax worked example 1 (R1–R4): 3 watches × 3,000.00 → 540.00 + 90.00 = 630.00
    @Test
    void threeWatchesAtThreeThousandPaySixHundredThirty() {
        SalesTax tax = SalesTax.of(List.of(item("3", "3000.00")), FLORIDA, TaxExemption.NONE);
        assertThat(tax.base()).isEqualByComparingTo("540.00");
        assertThat(tax.surtax()).isEqualByComparingTo("90.00");
        assertThat(tax.total()).isEqualTo(d("630.00"));
    }

    // §Sales Tax worked example 2 (R2): 1 watch × 8,000.00 → 480.00 + 50.00 = 530.00
    @Test
    void oneWatchAtEightThousandIsSurtaxedOnlyUpToTheCap() {
        SalesTax tax = SalesTax.of(List.of(item("1", "8000.00")), FLORIDA, TaxExemption.NONE);
        assertThat(tax.base()).isEqualByComparingTo("480.00");
        assertThat(tax.surtax()).isEqualByComparingTo("50.00");
        assertThat(tax.total()).isEqualTo(d("530.00"));
    }

    // §Sales Tax worked example 3 (R10): return 1 of the 3 watches → −180.00 − 30.00 = −210.00 (= 630.00 ÷ 3)
    @Test
    void returningOneOfTheThreeWatchesGivesBackTwoHundredTen() {
        SaleLine sold = item("3", "3000.00");
        SaleLine returned = SaleLine.returning(d("1"), sold, FLORIDA, true);
        SalesTax tax = SalesTax.of(List.of(returned), TaxSnapshot.NONE, TaxExemption.NONE);
        assertThat(returned.net()).isEqualByComparingTo("-3000.00");
        assertThat(tax.base()).isEqualByComparingTo("-180.00");
        assertThat(tax.surtax()).isEqualByComparingTo("-30.00");
        assertThat(tax.total()).isEqualTo(d("-210.00"));
    }

    // R10: the return is taxed at the source invoice's rates, not at today's
    @Test
    void aReturnLineUsesItsSourceInvoicesRatesNotTheCurrentOnes() {
        SaleLine returned = SaleLine.returning(d("1"), item("3", "3000.00"), FLORIDA, true);
        TaxSnapshot today = new TaxSnapshot(d("0.07"), d("0.02"), d("1000.00"));
        SaleLine newSale = item("1", "100.00");
        SalesTax tax = SalesTax.of(List.of(returned, newSale), today, TaxExemption.NONE);
        // −210.00 for the return + 100 × 0.07 + 100 × 0.02 for the exchange's new line
        assertThat(tax.total()).isEqualTo(d("-201.00"));
    }

    // R10: a wholesale or out-of-state sale refunds no tax
    @Test
    void returningALineFromAnExemptInvoiceRefundsNoTax() {
        SaleLine returned = SaleLine.returning(d("1"), item("3", "3000.00"), FLORIDA, false);
        assertThat(SalesTax.of(List.of(returned), FLORIDA, TaxExemption.NONE).total()).isEqualByComparingTo("0");
    }

    // R4: the cap is per item, so it grows with the quantity of a line
    @Test
    void theSurtaxCapIsPerItemNotPerLine() {
        SalesTax tax = SalesTax.of(List.of(item("2", "8000.00")), FLORIDA, TaxExemption.NONE);
        // min(16,000, 2 × 5,000) × 0.01 = 100.00
        assertThat(tax.surtax()).isEqualByComparingTo("100.00");
    }

    // R4, R6: not per invoice — two capped lines each carry their own cap
    @Test
    void twoLinesEachCarryTheirOwnCap() {
        SalesTax tax = SalesTax.of(List.of(item("1", "8000.00"), item("1", "6000.00")), FLORIDA, TaxExemption.NONE);
        assertThat(tax.surtax()).isEqualByComparingTo("100.00");
        assertThat(tax.total()).isEqualByComparingTo("940.00");
    }

    // R5: a service line counts as one item whatever its quantity
    @Test
    void aServiceLineIsCappedOnceWhateverItsQuantity() {
        SaleLine service = SaleLine.sale(LineKind.SERVICE, d("3"), d("3000.00"), null, true, null);
        SalesTax tax = SalesTax.of(List.of(service), FLORIDA, TaxExemption.NONE);
        // min(9,000, 5,000) × 0.01 = 50.00 (an item line would give 90.00)
        assertThat(tax.surtax()).isEqualByComparingTo("50.00");
        assertThat(tax.total()).isEqualByComparingTo("590.00");
    }

    // R9: non-taxable lines are out of both the base and the surtax
    @Test
    void nonTaxableLinesCarryNoTax() {
        SaleLine exempt = SaleLine.sale(LineKind.NON_STOCK, d("1"), d("8000.00"), null, false, null);
        SalesTax tax = SalesTax.of(List.of(exempt, item("1", "100.00")), FLORIDA, TaxExemption.NONE);
        assertThat(tax.total()).isEqualByComparingTo("7.00");
    }

    // R8: an out-of-state sale is at $0
    @Test
    void anOutOfStateSaleHasNoTax() {
        SalesTax tax = SalesTax.of(List.of(item("3", "3000.00")), FLORIDA, TaxExemption.of(true, false));
        assertThat(tax.total()).isEqualByComparingTo("0");
        assertThat(tax.exemption().reason()).isEqualTo("Out-of-state sale");
    }

    // R8: a customer with a valid resale certificate on the invoice date buys tax-free
    @Test
    void aWholesaleSaleHasNoTax() {
        SalesTax tax = SalesTax.of(List.of(item("1", "8000.00")), FLORIDA, TaxExemption.of(false, true));
        assertThat(tax.total()).isEqualByComparingTo("0");
        assertThat(tax.exemption()).isEqualTo(TaxExemption.WHOLESALE);
    }

    // R8 + R10: a return on an exempt invoice still gives back what its source charged
    @Test
    void aReturnOnAnExemptInvoiceStillRefundsTheTaxItsSourceCharged() {
        SaleLine returned = SaleLine.returning(d("1"), item("3", "3000.00"), FLORIDA, true);
        SalesTax tax = SalesTax.of(List.of(returned, item("1", "500.00")), FLORIDA, TaxExemption.OUT_OF_STATE);
        assertThat(tax.total()).isEqualByComparingTo("-210.00");
    }

    // Adjustment R8: tax is computed on the net line
    @Test
    void taxIsComputedOnTheLineAfterItsAdjustment() {
        SaleLine line = SaleLine.sale(LineKind.ITEM, d("1"), d("1200.00"), d("200.00"), true, null);
        assertThat(SalesTax.of(List.of(line), FLORIDA, TaxExemption.NONE).total()).isEqualByComparingTo("70.00");
    }

    // R11 / decision 10: rounded once per invoice, never per line — three lines of 0.075 tax each come to 0.23, not 0.24
    @Test
    void taxIsRoundedOncePerInvoiceNotPerLine() {
        TaxSnapshot sixPercent = new TaxSnapshot(d("0.06"), BigDecimal.ZERO, null);
        List<SaleLine> lines = List.of(item("1", "1.25"), item("1", "1.25"), item("1", "1.25"));
        SalesTax tax = SalesTax.of(lines, sixPercent, TaxExemption.NONE);
        assertThat(tax.baseExact()).isEqualByComparingTo("0.225");
        assertThat(tax.total()).isEqualTo(d("0.23"));
    }

    // R11: the printed base and surtax always add up to the total
    @Test
    void printedPartsAddUpToTheRoundedTotal() {
        TaxSnapshot rates = new TaxSnapshot(d("0.065"), d("0.005"), d("5000"));
        SalesTax tax = SalesTax.of(List.of(item("1", "10.07")), rates, TaxExemption.NONE);
        // base 0.65455, surtax 0.05035 → 0.7049 → 0.70
        assertThat(tax.total()).isEqualTo(d("0.70"));
        assertThat(tax.base().add(tax.surtax())).isEqualTo(tax.total());
    }

    // Store Configuration R7: the invoice copies the store's tax setup
    @Test
    void aSnapshotCopiesTheStoresRates() {
        TaxSnapshot snapshot = TaxSnapshot.of(new Store.TaxSetup(d("0.06"), d("0.01"), d("5000.00")));
        assertThat(snapshot).isEqualTo(FLORIDA);
    }

    // A store with no tax setup taxes nothing
    @Test
    void aStoreWithoutTaxSetupChargesNothing() {
        SalesTax tax = SalesTax.of(List.of(item("1", "100.00")), TaxSnapshot.of(Store.TaxSetup.none()), TaxExemption.NONE);
        assertThat(tax.total()).isEqualTo(d("0.00"));
    }

    // R12: Tax Collected = payment × (Tax ÷ Total): a 3,210.00 deposit on the 9,630.00 three-watch invoice holds 210.00 tax
    @Test
    void taxCollectedIsThePaymentsShareOfTheInvoicesTax() {
        assertThat(TaxCollected.portionOf(d("3210.00"), d("630.00"), d("9630.00"))).isEqualTo(d("210.0000"));
        assertThat(TaxCollected.portionOf(d("100.00"), d("0.00"), d("0.00"))).isEqualTo(d("0.0000"));
    }

    // R12 / decision 10: portions kept to 4 dp, the report total rounded once
    @Test
    void taxCollectedIsRoundedOncePerReportTotal() {
        // 10.00 × 7 ÷ 107 = 0.6542 each; three of them 1.9626 → 1.96 (rounding each first would give 1.95)
        BigDecimal portion = TaxCollected.portionOf(d("10.00"), d("7.00"), d("107.00"));
        assertThat(portion).isEqualTo(d("0.6542"));
        assertThat(TaxCollected.reportTotal(List.of(portion, portion, portion))).isEqualTo(d("1.96"));
    }
}
