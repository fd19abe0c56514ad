package com.jeweltrak.sales.memos;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.jeweltrak.inventory.ItemId;

/**
 * One memo line (02-sales §Memos, Data): an item (its StockID) or a misc line without stock ({@code item} null), its
 * quantity, price and Adjustment, and how much of it came back or was invoiced.
 */
public record MemoLine(long id, ItemId item, String stockId, String description, BigDecimal quantity, BigDecimal unitPrice,
                       BigDecimal adjustment, BigDecimal qtyReturned, BigDecimal qtyInvoiced) {

    /** Out = Qty − QtyReturned − QtyInvoiced. */
    public BigDecimal out() {
        return quantity.subtract(qtyReturned).subtract(qtyInvoiced);
    }

    public boolean misc() {
        return item == null;
    }

    /**
     * On Memo while any unit is out; otherwise Invoiced if any unit was invoiced, else Returned (§Reversing R2/R4: a
     * reversal puts the line back to On Memo, or to what the rest of it became). A line ending partly returned and
     * partly invoiced reads Invoiced: the sale is what the customer decided.
     */
    public MemoLineStatus status() {
        if (out().signum() > 0) return MemoLineStatus.ON_MEMO;
        return qtyInvoiced.signum() > 0 ? MemoLineStatus.INVOICED : MemoLineStatus.RETURNED;
    }

    /** Qty × Price − Adjustment, to cents: what the line is worth if it is bought. */
    public BigDecimal net() {
        return quantity.multiply(unitPrice).subtract(adjustment).setScale(2, RoundingMode.HALF_UP);
    }

    /** The line's Adjustment for {@code units} of it, pro-rated (× units ÷ Qty) to cents: what invoicing them carries. */
    public BigDecimal adjustmentFor(BigDecimal units) {
        return adjustment.multiply(units).divide(quantity, 2, RoundingMode.HALF_UP);
    }

    /** Nothing came back or was invoiced: the line can still be taken off the memo. */
    public boolean untouched() {
        return qtyReturned.signum() == 0 && qtyInvoiced.signum() == 0;
    }

    /** What people call the line: its StockID, or its description for a misc line. */
    public String label() {
        return stockId != null ? "StockID " + stockId : description;
    }
}
