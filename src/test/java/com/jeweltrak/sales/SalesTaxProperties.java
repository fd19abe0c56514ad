package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;

/** 08-accounting §Sales Tax R1–R5, R10, R11 as properties over random invoices. */
class SalesTaxProperties {

    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

    // R1–R5: tax never exceeds rate × taxable subtotal + surtax rate × Σ per-item caps (plus half a cent of rounding)
    @Property(tries = 300)
    void taxNeverExceedsTheBaseRatePlusTheCappedSurtax(@ForAll("lines") @Size(min = 1, max = 6) List<SaleLine> lines,
                                                       @ForAll("rates") TaxSnapshot rates) {
        SalesTax tax = SalesTax.of(lines, rates, TaxExemption.NONE);
        BigDecimal taxable = BigDecimal.ZERO, caps = BigDecimal.ZERO;
        for (SaleLine line : lines) {
            if (!line.taxable()) continue;
            taxable = taxable.add(line.net());
            caps = caps.add(line.kind() == LineKind.SERVICE ? rates.surTaxThreshold()
                    : line.qty().multiply(rates.surTaxThreshold()));
        }
        BigDecimal ceiling = taxable.multiply(rates.taxRate()).add(caps.multiply(rates.surTaxRate())).add(HALF_CENT);
        assertThat(tax.total()).isLessThanOrEqualTo(ceiling);
        assertThat(tax.total()).isGreaterThanOrEqualTo(taxable.multiply(rates.taxRate()).subtract(HALF_CENT));
    }

    // R2, R10: returning every unit of an invoice at its own rates gives back exactly the tax it charged
    @Property(tries = 300)
    void returningEverythingGivesBackExactlyTheTaxCharged(@ForAll("lines") @Size(min = 1, max = 6) List<SaleLine> lines,
                                                          @ForAll("rates") TaxSnapshot rates) {
        SalesTax charged = SalesTax.of(lines, rates, TaxExemption.NONE);
        List<SaleLine> returns = lines.stream().map(line -> SaleLine.returning(line.qty(), line, rates, true)).toList();
        SalesTax refunded = SalesTax.of(returns, TaxSnapshot.NONE, TaxExemption.NONE);
        assertThat(refunded.total()).isEqualTo(charged.total().negate());
        assertThat(refunded.base()).isEqualTo(charged.base().negate());
        assertThat(refunded.surtax()).isEqualTo(charged.surtax().negate());
    }

    // R11 / decision 10: the tax is the exact sum of the lines' tax rounded once, HALF_UP, to cents
    @Property(tries = 300)
    void taxIsRoundedOnceFromTheExactSum(@ForAll("lines") @Size(min = 1, max = 6) List<SaleLine> lines,
                                         @ForAll("rates") TaxSnapshot rates) {
        BigDecimal exact = BigDecimal.ZERO;
        for (SaleLine line : lines) {
            if (!line.taxable()) continue;
            BigDecimal net = line.qty().multiply(line.unitPrice()).subtract(line.adjustment());
            BigDecimal cap = line.kind() == LineKind.SERVICE ? rates.surTaxThreshold()
                    : line.qty().multiply(rates.surTaxThreshold());
            exact = exact.add(net.multiply(rates.taxRate())).add(net.min(cap).multiply(rates.surTaxRate()));
        }
        SalesTax tax = SalesTax.of(lines, rates, TaxExemption.NONE);
        assertThat(tax.total()).isEqualTo(exact.setScale(2, RoundingMode.HALF_UP));
        assertThat(tax.base().add(tax.surtax())).isEqualTo(tax.total());
    }

    // R8: an exempt invoice without return lines carries no tax at all
    @Property(tries = 100)
    void anExemptInvoiceCarriesNoTax(@ForAll("lines") @Size(min = 1, max = 6) List<SaleLine> lines,
                                     @ForAll("rates") TaxSnapshot rates) {
        assertThat(SalesTax.of(lines, rates, TaxExemption.WHOLESALE).total()).isZero();
        assertThat(SalesTax.of(lines, rates, TaxExemption.OUT_OF_STATE).total()).isZero();
    }

    @Provide
    Arbitrary<List<SaleLine>> lines() {
        Arbitrary<SaleLine> line = Combinators.combine(
                Arbitraries.of(LineKind.ITEM, LineKind.NON_STOCK, LineKind.SERVICE), // sold lines; trade-ins: TradeInTests
                Arbitraries.integers().between(1, 5),
                Arbitraries.longs().between(0, 2_000_000),
                Arbitraries.integers().between(0, 100),
                Arbitraries.of(true, false)
        ).as((kind, qty, priceCents, percentOff, taxable) -> {
            BigDecimal price = BigDecimal.valueOf(priceCents, 2);
            BigDecimal list = price.multiply(BigDecimal.valueOf(qty));
            BigDecimal adjustment = list.multiply(BigDecimal.valueOf(percentOff)).divide(BigDecimal.valueOf(100), 2,
                    RoundingMode.DOWN);
            return SaleLine.sale(kind, BigDecimal.valueOf(qty), price, adjustment, taxable, price);
        });
        return line.list();
    }

    @Provide
    Arbitrary<TaxSnapshot> rates() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 300),
                Arbitraries.longs().between(0, 1_000_000)
        ).as((base, sur, threshold) -> new TaxSnapshot(BigDecimal.valueOf(base, 4), BigDecimal.valueOf(sur, 4),
                BigDecimal.valueOf(threshold, 2)));
    }
}
