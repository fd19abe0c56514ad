package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an invoice comes to, every figure in cents (decision 10: lines kept to 4 dp, each total rounded once).
 * <ul>
 * <li>{@code merchandise}, {@code nonStock}, {@code services}: Σ net (Qty × UnitPrice − Adjustment) of the item,
 * non-stock and service lines; {@code subtotal} is their sum (Adjustment R8: the discount is already out);</li>
 * <li>{@code adjustments}: Σ Adjustment, shown apart ("list, off, net"), {@code listTotal} = subtotal + adjustments;</li>
 * <li>{@code taxableSubtotal}: Σ net of the lines that carry tax (08 §Sales Tax R9, R8);</li>
 * <li>{@code tax}: base + surtax shown apart, see {@link SalesTax};</li>
 * <li>{@code total} = subtotal + freight + tax; {@code paid} the applied tenders; {@code balance} = total − paid
 * (negative: owed to the customer, Returns R3);</li>
 * <li>{@code costOfGoods}: captured cost of the item lines (what leaves inventory).</li>
 * <li>{@code tradeIns}: Σ net of the trade-in lines, negative — the credit allowed, part of the subtotal (Trade-In R1);
 * {@code tradeInValue}: their Trade Actual Value, what comes into inventory (R5) — never shown to the customer.</li>
 * <li>{@code giftCards}: Σ of the gift-card lines (08-accounting §Gift Cards R8), part of the subtotal, never taxed.</li>
 * </ul>
 */
public record InvoiceTotals(BigDecimal merchandise, BigDecimal nonStock, BigDecimal services, BigDecimal subtotal,
                            BigDecimal adjustments, BigDecimal listTotal, BigDecimal taxableSubtotal, SalesTax tax,
                            BigDecimal freight, BigDecimal total, BigDecimal paid, BigDecimal balance,
                            BigDecimal costOfGoods, BigDecimal tradeIns, BigDecimal tradeInValue,
                            BigDecimal giftCards) {

    /**
     * @param invoiceRates the invoice's snapshot of its store's rates
     * @param exemption    out of state / wholesale, or {@link TaxExemption#NONE}
     * @param freight      null for none
     * @param paid         Σ of the invoice's non-voided tenders (null for none)
     */
    public static InvoiceTotals of(List<SaleLine> lines, TaxSnapshot invoiceRates, TaxExemption exemption,
                                   BigDecimal freight, BigDecimal paid) {
        BigDecimal merchandise = BigDecimal.ZERO, nonStock = BigDecimal.ZERO, services = BigDecimal.ZERO;
        BigDecimal adjustments = BigDecimal.ZERO, taxable = BigDecimal.ZERO, cost = BigDecimal.ZERO;
        BigDecimal tradeIns = BigDecimal.ZERO, tradeInValue = BigDecimal.ZERO, giftCards = BigDecimal.ZERO;
        for (SaleLine line : lines) {
            switch (line.kind()) {
                case ITEM -> {
                    merchandise = merchandise.add(line.net());
                    cost = cost.add(line.cost());
                }
                case NON_STOCK -> nonStock = nonStock.add(line.net());
                case SERVICE -> services = services.add(line.net());
                case TRADE_IN -> {
                    tradeIns = tradeIns.add(line.net());
                    tradeInValue = tradeInValue.add(line.cost());
                }
                case GIFT_CARD -> giftCards = giftCards.add(line.net());
            }
            adjustments = adjustments.add(line.adjustment());
            if (SalesTax.isTaxed(line, exemption == null ? TaxExemption.NONE : exemption)) {
                taxable = taxable.add(line.net());
            }
        }
        SalesTax tax = SalesTax.of(lines, invoiceRates, exemption);
        BigDecimal freightCents = Money.cents(Money.orZero(freight));
        BigDecimal subtotal = Money.cents(merchandise).add(Money.cents(nonStock)).add(Money.cents(services))
                .add(Money.cents(tradeIns)).add(Money.cents(giftCards));
        BigDecimal total = subtotal.add(freightCents).add(tax.total());
        BigDecimal paidCents = Money.cents(Money.orZero(paid));
        BigDecimal adjustmentsCents = Money.cents(adjustments);
        return new InvoiceTotals(Money.cents(merchandise), Money.cents(nonStock), Money.cents(services), subtotal,
                adjustmentsCents, subtotal.add(adjustmentsCents), Money.cents(taxable), tax, freightCents, total,
                paidCents, total.subtract(paidCents), Money.cents(cost), Money.cents(tradeIns), Money.cents(tradeInValue),
                Money.cents(giftCards));
    }

    /**
     * The totals of an invoice part of whose balance is written off as bad debt (08-accounting "Invoice Balance":
     * total − paid − written off); {@code paid} stays what the tenders paid (a write-off is not money, §Writing Off R5).
     */
    public InvoiceTotals lessWrittenOff(BigDecimal writtenOff) {
        if (writtenOff == null || writtenOff.signum() == 0) return this;
        return new InvoiceTotals(merchandise, nonStock, services, subtotal, adjustments, listTotal, taxableSubtotal, tax,
                freight, total, paid, balance.subtract(Money.cents(writtenOff)), costOfGoods, tradeIns, tradeInValue, giftCards);
    }

    /**
     * Change to hand back when the customer offers {@code cashOffered} in cash against the current balance: what
     * exceeds the balance, never negative. The cash tender recorded is then the balance, not the cash offered.
     */
    public BigDecimal changeDueFor(BigDecimal cashOffered) {
        BigDecimal change = Money.cents(cashOffered).subtract(balance.max(BigDecimal.ZERO));
        return change.max(BigDecimal.ZERO.setScale(Money.CENTS));
    }

    /** What the books need, for the events ({@link InvoiceFinalized} …). */
    public InvoiceAmounts amounts() {
        return new InvoiceAmounts(merchandise, nonStock, services, freight, tax.total(), total, costOfGoods,
                tradeIns.negate(), tradeInValue, giftCards);
    }
}
