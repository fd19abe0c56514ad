package com.jeweltrak.partnerships;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.sales.InvoiceId;

/**
 * A sale of a partnership item (R4): what it sold for (Qty × UnitPrice − Adjustment), the trade concession backed out
 * of it (Trade-In R3) and the cost the line carried. OWED until reconciled; CANCELLED when its invoice was reopened or
 * voided first.
 */
public record PartnershipSale(long id, PartnershipId partnership, SettlementType type, InvoiceId invoice, Long line,
                              LocalDate soldOn, BigDecimal salePrice, BigDecimal tradeConcession, BigDecimal cost,
                              Status status) {

    public enum Status { OWED, RECONCILED, CANCELLED }

    /** What the line's gross profit is (09 §13): sale price − trade concession − cost. */
    public BigDecimal grossProfit() {
        return salePrice.subtract(tradeConcession).subtract(cost);
    }
}
