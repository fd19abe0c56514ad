package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An invoice's sales tax (08-accounting §Sales Tax, decision 10), computed from all its lines at once:
 * <ul>
 * <li>base = taxable subtotal × TaxRate (R1, R9: non-taxable lines are out);</li>
 * <li>surtax per taxable line = min(|lineExt|, |Qty| × SurTaxThreshold) × SurTaxRate with the line's sign (R2, R4),
 * a service line capped once, min(|lineExt|, SurTaxThreshold) (R5);</li>
 * <li>return lines at their source invoice's rates (R10); an exempt invoice (out of state, wholesale) taxes none of
 * its own lines (R8), while its return lines still give back what their source charged;</li>
 * <li>line amounts kept to 4 dp, the tax summed exactly from them and rounded once, HALF_UP, to cents (R11) —
 * {@code baseExact} and {@code surtaxExact} are the parts to 4 dp for reports.</li>
 * </ul>
 * {@code total} is the invoice's Tax. {@code base} and {@code surtax} are the two parts as printed: the base rounded to
 * cents and the surtax the rest, so the printed parts always add up to the total.
 */
public record SalesTax(BigDecimal base, BigDecimal surtax, BigDecimal total, BigDecimal baseExact,
                       BigDecimal surtaxExact, TaxExemption exemption) {

    public static SalesTax of(List<SaleLine> lines, TaxSnapshot invoiceRates, TaxExemption exemption) {
        Objects.requireNonNull(invoiceRates, "invoiceRates");
        exemption = exemption == null ? TaxExemption.NONE : exemption;
        BigDecimal base = BigDecimal.ZERO;
        BigDecimal surtax = BigDecimal.ZERO;
        for (SaleLine line : lines) {
            if (!isTaxed(line, exemption)) continue;
            TaxSnapshot rates = line.ratesOn(invoiceRates);
            BigDecimal net = line.net();
            base = base.add(net.multiply(rates.taxRate()));
            surtax = surtax.add(surtaxOf(line, net, rates));
        }
        // one rounding only: the exact sum goes to cents, the 4 dp parts are for reports (decision 10)
        BigDecimal total = Money.cents(base.add(surtax));
        BigDecimal basePrinted = Money.cents(base);
        return new SalesTax(basePrinted, total.subtract(basePrinted), total, Money.inside(base), Money.inside(surtax),
                exemption);
    }

    /** R8–R10: the Taxable flag always counts; the invoice's exemption covers its own lines, not returned ones. */
    static boolean isTaxed(SaleLine line, TaxExemption exemption) {
        if (!line.taxable()) return false;
        return line.isReturn() && line.sourceTax() != null || exemption == TaxExemption.NONE;
    }

    private static BigDecimal surtaxOf(SaleLine line, BigDecimal net, TaxSnapshot rates) {
        if (rates.surTaxRate().signum() == 0) return BigDecimal.ZERO;
        BigDecimal amount = net.abs();
        if (rates.surTaxThreshold() != null) {
            BigDecimal cap = line.kind() == LineKind.SERVICE
                    ? rates.surTaxThreshold()
                    : line.qty().abs().multiply(rates.surTaxThreshold());
            amount = amount.min(cap);
        }
        BigDecimal surtax = amount.multiply(rates.surTaxRate());
        return net.signum() < 0 ? surtax.negate() : surtax;
    }
}
