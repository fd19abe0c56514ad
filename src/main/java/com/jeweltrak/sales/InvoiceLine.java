package com.jeweltrak.sales;

import java.math.BigDecimal;

import com.jeweltrak.inventory.ItemId;

/**
 * One line (02-sales §Adjustment): Qty × UnitPrice − Adjustment, the Adjustment one amount for the whole line. {@code cost}
 * is the item's cost captured when the line was added. {@code stockCommitted}: the SALE movement is written — set at
 * finalize and kept while the invoice is reopened, so the item stays reserved to it (decision 2).
 */
public record InvoiceLine(long id, LineKind kind, ItemId item, String stockId, String description, BigDecimal quantity,
                          BigDecimal unitPrice, BigDecimal adjustment, boolean taxable, BigDecimal cost,
                          boolean stockCommitted) {

    /** The line as the invoice arithmetic reads it (net, tax, cost). */
    public SaleLine asSale() {
        return SaleLine.sale(kind, quantity, unitPrice, adjustment, taxable, cost);
    }

    /** Qty × UnitPrice − Adjustment (§Adjustment R1), to 4 dp. */
    public BigDecimal net() {
        return asSale().net();
    }
}
