package com.jeweltrak.partnerships.report;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.inventory.Family;

/**
 * One row of the Sold Partnership Items report (02-sales §Partnerships R17): a partnership sale not cancelled.
 * {@code sellPrice} is the realised price (Qty × UnitPrice − Adjustment − Trade Concession, 09 §13 R2 SellTotal);
 * {@code cost} the item's full live cost when the store sold it, the settlement line's stored basis when the partner
 * did (09 §13 R4, R6); {@code pendingPayouts} the suggested payouts still owed (0.00 once reconciled).
 */
public record SoldPartnershipItem(long sale, long partnership, long item, Family family, String stockId,
                                  String description, long invoice, long invoiceNumber, LocalDate invoiceDate,
                                  BigDecimal quantity, BigDecimal carats, String settlementType, String status,
                                  BigDecimal cost, BigDecimal sellPrice, BigDecimal pendingPayouts, String partners,
                                  Long reconciliation) {

    /** 09 §13 R5, R6: full transaction profit, never reduced by partner payouts (decision 3). */
    public BigDecimal grossProfit() {
        return sellPrice.subtract(cost);
    }

    public boolean owed() {
        return "OWED".equals(status);
    }
}
