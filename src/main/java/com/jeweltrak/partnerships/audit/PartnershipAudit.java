package com.jeweltrak.partnerships.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The article's IRS audit table for one reconciled partnership item (02-sales §Partnerships R18; issue 8 point 5):
 * each question answered from the stored records — the reconciliation snapshot, its per-partner detail rows, the sale
 * and the invoice it sold on with its payments. Nothing here is recomputed from today's set-up.
 */
public record PartnershipAudit(long reconciliation, long partnership, long item, String stockId, String itemDescription,
                               String settlementType, LocalDate reconciledOn, Instant reversedAt,
                               BigDecimal actualCost, BigDecimal partnershipValue, BigDecimal primaryCostValue,
                               BigDecimal salePrice, BigDecimal tradeConcession, BigDecimal grossProfit,
                               BigDecimal lineCost, String sellingPartner, BigDecimal totalOwnerProfitValue,
                               BigDecimal totalOwnerProfitActual, Invoice invoice, List<Detail> details,
                               List<Answer> answers) {

    public PartnershipAudit {
        details = List.copyOf(details);
        answers = List.copyOf(answers);
    }

    public boolean partnerSold() {
        return "PartnerSold".equals(settlementType);
    }

    public boolean reversed() {
        return reversedAt != null;
    }

    /** The invoice the item sold on (the settlement invoice when the partner sold it) and its applied payments. */
    public record Invoice(long id, long number, LocalDate date, String status, String customer, List<Payment> payments) {
        public Invoice {
            payments = List.copyOf(payments);
        }
    }

    public record Payment(LocalDate date, String method, BigDecimal amount, String checkNumber) {
    }

    /** The article's "reconciledpartnershipdetails" row of one partner, as stored. */
    public record Detail(long contact, String partner, String shareKind, BigDecimal percent, BigDecimal costPaidAmount,
                         BigDecimal suggestedPayout, BigDecimal payout, LocalDate paymentDate, String paymentMethod,
                         String checkNumber, String notes, String adjustmentReason) {

        public boolean adjusted() {
            return payout.compareTo(suggestedPayout) != 0;
        }
    }

    /** One row of the article's table: the question, the answer read from the records, and where it is documented. */
    public record Answer(String key, String question, String answer, String documentedIn) {
    }
}
