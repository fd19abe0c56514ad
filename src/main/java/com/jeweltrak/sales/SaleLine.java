package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import com.jeweltrak.platform.BusinessRuleViolated;

/**
 * The arithmetic of one invoice line (02-sales §Adjustment, §Returns and Exchanges; 08-accounting §Sales Tax).
 * <ul>
 * <li>{@code qty}: negative on a return line (Returns R2); never zero.</li>
 * <li>{@code unitPrice}: never negative, also on a return line — the negative quantity turns the amounts negative
 * (Returns R2: a negated price would charge the customer).</li>
 * <li>{@code adjustment}: one dollar amount for the whole line (Adjustment R2), 0 ≤ adjustment ≤ qty × unitPrice on a
 * sale line (R9); on a return line the mirror image, qty × unitPrice ≤ adjustment ≤ 0 (Returns R12).</li>
 * <li>{@code unitCost}: positive as on the source line; {@link #cost()} comes out negative on a return.</li>
 * <li>{@code sourceTax}: on a return line, the source invoice's rates (Sales Tax R10); null elsewhere, and null on a
 * return with no source on file, which is then taxed at the invoice's own rates.</li>
 * </ul>
 * Amounts are kept to 4 dp (decision 10); nothing here rounds to cents.
 */
public record SaleLine(LineKind kind, BigDecimal qty, BigDecimal unitPrice, BigDecimal adjustment, boolean taxable,
                       BigDecimal unitCost, TaxSnapshot sourceTax) {

    public SaleLine {
        Objects.requireNonNull(kind, "kind");
        if (qty == null || qty.signum() == 0) throw new BusinessRuleViolated("qty", "A line needs a quantity other than 0.");
        if (unitPrice == null) throw new BusinessRuleViolated("unitPrice", "A line needs a unit price.");
        if (unitPrice.signum() < 0) {
            throw new BusinessRuleViolated("unitPrice",
                    "The unit price cannot be negative; enter a negative quantity for an item coming back.");
        }
        adjustment = Money.orZero(adjustment);
        unitCost = Money.orZero(unitCost);
        if (unitCost.signum() < 0) throw new BusinessRuleViolated("unitCost", "The cost cannot be negative.");
        BigDecimal list = qty.multiply(unitPrice);
        if (kind == LineKind.TRADE_IN) {
            // Trade-In: one piece, the credit allowed; a discount on a credit means nothing
            if (qty.compareTo(BigDecimal.ONE) != 0) throw new BusinessRuleViolated("qty", "A trade-in line is one piece.");
            if (adjustment.signum() != 0) throw new BusinessRuleViolated("adjustment", "A trade-in line has no adjustment.");
            if (sourceTax != null) throw new IllegalArgumentException("A trade-in is not a return");
        } else if (qty.signum() > 0) {
            if (adjustment.signum() < 0) {
                throw new BusinessRuleViolated("adjustment",
                        "Enter the adjustment as a positive dollar amount for the whole line.");
            }
            if (adjustment.compareTo(list) > 0) throw new AdjustmentExceedsLine(list);
        } else {
            if (adjustment.signum() > 0 || adjustment.compareTo(list) < 0) throw new AdjustmentExceedsLine(list);
        }
        if (sourceTax != null && qty.signum() > 0) {
            throw new IllegalArgumentException("Only a return line (negative quantity) carries its source's tax rates");
        }
    }

    /** A sale (or a non-returned line) at the invoice's own rates. */
    public static SaleLine sale(LineKind kind, BigDecimal qty, BigDecimal unitPrice, BigDecimal adjustment,
                                boolean taxable, BigDecimal unitCost) {
        return new SaleLine(kind, qty, unitPrice, adjustment, taxable, unitCost, null);
    }

    /**
     * A return of {@code units} (positive) of a line sold earlier (Returns R12, Sales Tax R10): the source's UnitPrice
     * and unit cost, its Adjustment pro-rated and negative, taxed only if the source line was taxed on an invoice
     * that was not exempt ({@code sourceInvoiceTaxed}), at the source invoice's rates.
     */
    public static SaleLine returning(BigDecimal units, SaleLine source, TaxSnapshot sourceRates,
                                     boolean sourceInvoiceTaxed) {
        if (units == null || units.signum() <= 0) {
            throw new BusinessRuleViolated("qty", "Enter how many units come back.");
        }
        if (units.compareTo(source.qty()) > 0) {
            throw new BusinessRuleViolated("qty", "Only " + source.qty().stripTrailingZeros().toPlainString()
                    + " were sold on the source invoice.");
        }
        BigDecimal adjustment = Money.inside(source.adjustment().multiply(units)
                .divide(source.qty(), 10, RoundingMode.HALF_UP)).negate();
        return new SaleLine(source.kind(), units.negate(), source.unitPrice(), adjustment,
                source.taxable() && sourceInvoiceTaxed, source.unitCost(), sourceRates);
    }

    public boolean isReturn() {
        return qty.signum() < 0;
    }

    /** Qty × UnitPrice, the "list" column of the print; the credit, negative, on a trade-in line. */
    public BigDecimal listAmount() {
        return Money.inside(signed(qty.multiply(unitPrice)));
    }

    /**
     * The line extension, Qty × UnitPrice − Adjustment (Adjustment R1; Sales Tax lineExt); on a trade-in line minus the
     * credit allowed, so a taxable trade-in lowers the taxable base (Trade-In R7).
     */
    public BigDecimal net() {
        return Money.inside(signed(qty.multiply(unitPrice)).subtract(adjustment));
    }

    /** Qty × unit cost, negative on a return line; on a trade-in line the Trade Actual Value (positive, it comes in). */
    public BigDecimal cost() {
        return Money.inside(qty.multiply(unitCost));
    }

    private BigDecimal signed(BigDecimal amount) {
        return kind == LineKind.TRADE_IN ? amount.negate() : amount;
    }

    /** The rates this line is taxed at on an invoice holding {@code invoiceRates} (R10). */
    public TaxSnapshot ratesOn(TaxSnapshot invoiceRates) {
        return isReturn() && sourceTax != null ? sourceTax : invoiceRates;
    }

    /** The same line with another adjustment (validated again). */
    public SaleLine withAdjustment(BigDecimal newAdjustment) {
        return new SaleLine(kind, qty, unitPrice, newAdjustment, taxable, unitCost, sourceTax);
    }

    /** Adjustment R9: the discount cannot exceed what the line lists. */
    public static class AdjustmentExceedsLine extends BusinessRuleViolated {
        AdjustmentExceedsLine(BigDecimal list) {
            super("adjustment", "The adjustment can be at most the line's amount before it, "
                    + Money.cents(list.abs()).toPlainString() + ".");
        }
    }
}
