package com.jeweltrak.partnerships;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.sales.InvoiceId;

/**
 * The article's "reconciledpartnerships" snapshot and its "reconciledpartnershipdetails" rows (02-sales §Partnerships
 * R7–R9, R13, R18): the figures as they were when the partnership was reconciled, never changed afterwards (a voided
 * PartnerSold settlement only marks it reversed).
 */
public record Reconciliation(long id, PartnershipId partnership, long sale, ItemId item, InvoiceId invoice,
                             SettlementType type, BigDecimal actualCost, BigDecimal partnershipValue,
                             BigDecimal primaryCostValue, BigDecimal salePrice, BigDecimal tradeConcession,
                             BigDecimal grossProfit, ContactId sellingPartner, BigDecimal totalOwnerProfitValue,
                             BigDecimal totalOwnerProfitActual, LocalDate reconciledOn, Instant reconciledAt,
                             Instant reversedAt, List<Detail> details) {

    public Reconciliation {
        details = List.copyOf(details);
    }

    /** One partner's row: what they funded, what the formula suggested, what they were paid, how, and why it differs. */
    public record Detail(ContactId partner, ShareKind kind, BigDecimal percent, BigDecimal costPaidAmount,
                         BigDecimal suggestedPayout, BigDecimal payout, LocalDate paymentDate, String paymentMethod,
                         String checkNumber, String notes, String adjustmentReason) {
    }

    public boolean reversed() {
        return reversedAt != null;
    }

    public BigDecimal paidTotal() {
        return details.stream().map(Detail::payout).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
