package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static com.jeweltrak.sales.SalesTaxTests.FLORIDA;
import static com.jeweltrak.sales.SalesTaxTests.d;
import static org.assertj.core.api.Assertions.assertThat;

/** Invoice totals (02-sales §Adjustment R8, 08-accounting §Sales Tax, §Applying Payments: paid, balance, change). */
class InvoiceTotalsTests {

    static final List<SaleLine> LINES = List.of(
            SaleLine.sale(LineKind.ITEM, d("1"), d("1200.00"), d("200.00"), true, d("600.00")),
            SaleLine.sale(LineKind.SERVICE, d("1"), d("50.00"), null, true, null),
            SaleLine.sale(LineKind.NON_STOCK, d("1"), d("20.00"), null, false, null));

    // Adjustment R8: the discount is out of the subtotal and the taxable base, and shown apart
    @Test
    void theAdjustmentLeavesTheSubtotalAndIsShownApart() {
        InvoiceTotals totals = InvoiceTotals.of(LINES, FLORIDA, TaxExemption.NONE, d("15.00"), null);
        assertThat(totals.merchandise()).isEqualTo(d("1000.00"));
        assertThat(totals.services()).isEqualTo(d("50.00"));
        assertThat(totals.nonStock()).isEqualTo(d("20.00"));
        assertThat(totals.subtotal()).isEqualTo(d("1070.00"));
        assertThat(totals.adjustments()).isEqualTo(d("200.00"));
        assertThat(totals.listTotal()).isEqualTo(d("1270.00"));
        assertThat(totals.taxableSubtotal()).isEqualTo(d("1050.00"));
        // 1,050 × 0.06 = 63.00 + (1,000 + 50) × 0.01 = 10.50
        assertThat(totals.tax().total()).isEqualTo(d("73.50"));
        assertThat(totals.total()).isEqualTo(d("1158.50"));
        assertThat(totals.costOfGoods()).isEqualTo(d("600.00"));
    }

    // §Applying Payments: balance = total − paid; cash over the balance is change
    @Test
    void cashOverTheBalanceIsChangeDue() {
        InvoiceTotals totals = InvoiceTotals.of(LINES, FLORIDA, TaxExemption.NONE, d("15.00"), d("1000.00"));
        assertThat(totals.paid()).isEqualTo(d("1000.00"));
        assertThat(totals.balance()).isEqualTo(d("158.50"));
        assertThat(totals.changeDueFor(d("200"))).isEqualTo(d("41.50"));
        assertThat(totals.changeDueFor(d("100"))).isEqualTo(d("0.00"));
    }

    // Returns R3: a negative net is owed to the customer
    @Test
    void aReturnInvoiceOwesTheCustomer() {
        SaleLine sold = SaleLine.sale(LineKind.ITEM, d("3"), d("3000.00"), null, true, d("1000.00"));
        InvoiceTotals totals = InvoiceTotals.of(List.of(SaleLine.returning(d("1"), sold, FLORIDA, true)),
                TaxSnapshot.NONE, TaxExemption.NONE, null, null);
        assertThat(totals.total()).isEqualTo(d("-3210.00"));
        assertThat(totals.balance()).isEqualTo(d("-3210.00"));
        assertThat(totals.costOfGoods()).isEqualTo(d("-1000.00"));
    }

    // The books get the same figures (InvoiceAmounts: total = merchandise + nonStock + services + freight + tax)
    @Test
    void theAmountsForTheBooksAddUp() {
        InvoiceAmounts amounts = InvoiceTotals.of(LINES, FLORIDA, TaxExemption.NONE, d("15.00"), null).amounts();
        assertThat(amounts.merchandise().add(amounts.nonStock()).add(amounts.services()).add(amounts.freight())
                .add(amounts.tax())).isEqualTo(amounts.total());
        assertThat(amounts.tax()).isEqualTo(d("73.50"));
        assertThat(amounts.costOfGoods()).isEqualTo(d("600.00"));
    }

    // Sales Tax R8: an exempt invoice has nothing taxable
    @Test
    void anExemptInvoiceHasNoTaxableSubtotal() {
        InvoiceTotals totals = InvoiceTotals.of(LINES, FLORIDA, TaxExemption.WHOLESALE, null, null);
        assertThat(totals.taxableSubtotal()).isEqualTo(d("0.00"));
        assertThat(totals.total()).isEqualTo(d("1070.00"));
        assertThat(totals.freight()).isEqualTo(BigDecimal.ZERO.setScale(2));
    }
}
