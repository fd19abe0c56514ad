package com.jeweltrak.sales;

import java.math.BigDecimal;

import com.jeweltrak.inventory.ItemId;

/**
 * One line (02-sales §Adjustment): Qty × UnitPrice − Adjustment, the Adjustment one amount for the whole line. {@code cost}
 * is the item's cost captured when the line was added. {@code stockCommitted}: the SALE movement is written — set at
 * finalize and kept while the invoice is reopened, so the item stays reserved to it (decision 2) — on a return line the
 * SALE_RETURN movement that brought the item back. A return line (02-sales §Returns and Exchanges) names its
 * {@code sourceLine} on an earlier finalized invoice, has a negative quantity and carries that invoice's tax rates as
 * {@code sourceTax} (08-accounting §Sales Tax R10); both are null on a sale line.
 * <p>
 * Trade-ins (02-sales §Trade-In Negotiation): a {@link LineKind#TRADE_IN} line's unit price is the credit allowed and its
 * {@code cost} the Trade Actual Value; {@code tradeIn} says what item it becomes (family, category) and, once finalized,
 * which item it became. {@code tradeConcession} (R2): on a sold line, the part of the price inflated to fund the trade
 * credit — never printed for the customer (R1), it only makes the gross profit honest.
 * <p>
 * {@code partnerSettlement} (02-sales §Partnerships R11, {@link SettlingWithAPartner}): the line sells a co-owned item
 * to one of its partners — never taxable (the partner is the merchant of record), its cost the partnership basis fixed
 * when the line was made, and its price what the partner remits, which finalize requires.
 */
public record InvoiceLine(long id, LineKind kind, ItemId item, String stockId, String description, BigDecimal quantity,
                          BigDecimal unitPrice, BigDecimal adjustment, boolean taxable, BigDecimal cost,
                          boolean stockCommitted, Long sourceLine, TaxSnapshot sourceTax, BigDecimal tradeConcession,
                          TradeIn tradeIn, boolean partnerSettlement) {

    static final String NEVER_TAXABLE = "A partner settlement is never taxable — the partner is the merchant of record";
    static final String COST_FIXED = "A partner settlement's cost is the partnership basis; it cannot be changed.";
    static final String ENTER_REMITTED = "Enter what the partner is remitting";

    /** What a trade-in line's piece becomes in inventory; {@code item} once received (finalized), else null. */
    public record TradeIn(String family, String category, ItemId item) {
    }

    public InvoiceLine {
        tradeConcession = Money.orZero(tradeConcession);
    }

    /** A line that is no partner settlement. */
    public InvoiceLine(long id, LineKind kind, ItemId item, String stockId, String description, BigDecimal quantity,
                       BigDecimal unitPrice, BigDecimal adjustment, boolean taxable, BigDecimal cost,
                       boolean stockCommitted, Long sourceLine, TaxSnapshot sourceTax, BigDecimal tradeConcession,
                       TradeIn tradeIn) {
        this(id, kind, item, stockId, description, quantity, unitPrice, adjustment, taxable, cost, stockCommitted,
                sourceLine, sourceTax, tradeConcession, tradeIn, false);
    }

    /** A line without trade fields. */
    public InvoiceLine(long id, LineKind kind, ItemId item, String stockId, String description, BigDecimal quantity,
                       BigDecimal unitPrice, BigDecimal adjustment, boolean taxable, BigDecimal cost,
                       boolean stockCommitted, Long sourceLine, TaxSnapshot sourceTax) {
        this(id, kind, item, stockId, description, quantity, unitPrice, adjustment, taxable, cost, stockCommitted,
                sourceLine, sourceTax, BigDecimal.ZERO, null, false);
    }

    /** R11: a settlement line's taxable flag is locked off. */
    public void checkTaxable(Boolean requested) {
        if (partnerSettlement && Boolean.TRUE.equals(requested)) {
            throw new com.jeweltrak.platform.BusinessRuleViolated("taxable", NEVER_TAXABLE);
        }
    }

    /** R11: a settlement line's cost is the partnership basis, fixed when the line was made. */
    public void checkCostChange(BigDecimal requested) {
        if (partnerSettlement && requested != null && requested.compareTo(cost) != 0) {
            throw new com.jeweltrak.platform.BusinessRuleViolated("cost", COST_FIXED);
        }
    }

    public boolean isTradeIn() {
        return kind == LineKind.TRADE_IN;
    }

    /**
     * Line GP (Trade-In R2, 09 §13 R2): Qty × UnitPrice − Adjustment − TradeConcession − cost; a trade-in line is
     * GP-neutral (R5: its piece carries the actual value as cost, so its own later sale shows the honest profit).
     */
    public BigDecimal grossProfit() {
        if (isTradeIn()) return BigDecimal.ZERO;
        SaleLine sale = asSale();
        return Money.inside(sale.net().subtract(tradeConcession).subtract(sale.cost()));
    }

    public boolean isReturn() {
        return sourceLine != null;
    }

    /** The line as the invoice arithmetic reads it (net, tax, cost). */
    public SaleLine asSale() {
        return new SaleLine(kind, quantity, unitPrice, adjustment, taxable, cost, isReturn() ? sourceTax : null);
    }

    /** Qty × UnitPrice − Adjustment (§Adjustment R1), to 4 dp. */
    public BigDecimal net() {
        return asSale().net();
    }
}
