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
 */
public record InvoiceLine(long id, LineKind kind, ItemId item, String stockId, String description, BigDecimal quantity,
                          BigDecimal unitPrice, BigDecimal adjustment, boolean taxable, BigDecimal cost,
                          boolean stockCommitted, Long sourceLine, TaxSnapshot sourceTax) {

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
