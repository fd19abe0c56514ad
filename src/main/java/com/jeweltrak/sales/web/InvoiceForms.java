package com.jeweltrak.sales.web;

/** The invoice page's forms (records, never the domain objects): text as typed, so nothing typed is lost. */
final class InvoiceForms {

    private InvoiceForms() {
    }

    record NewInvoiceForm(Long customerId) {
    }

    /** {@code customerId} the current customer; {@code newCustomerId} one picked now; {@code walkIn} drops the customer. */
    record HeaderForm(Long customerId, Long newCustomerId, Boolean walkIn, Long salespersonId, String invoiceDate,
                      String reference, String notes, String shipTo, String freight, Boolean outOfState) {

        Long chosenCustomer() {
            if (newCustomerId != null) return newCustomerId;
            return Boolean.TRUE.equals(walkIn) ? null : customerId;
        }
    }

    record ScanForm(String stockId) {
    }

    record LineForm(String kind, String description, String quantity, String unitPrice, String adjustment,
                    Boolean taxable) {
    }

    record TenderForm(String method, String amount, String methodName, String checkNumber, String cardLast4,
                      String authCode, String idempotencyKey, String giftCardNumber) {
    }

    /** "Gift card" line (08-accounting §Gift Cards R1, R7): the card's number, its amount, and whether it reloads a card. */
    record GiftCardForm(String giftCardNumber, String unitPrice, Boolean reload) {
    }

    record FinalizeForm(String idempotencyKey) {
    }

    record EmailForm(String toAddress) {
    }

    /** "Write off as bad debt" and its reversal (08-accounting §Writing Off Invoices R6, R7): why, required. */
    record WriteOffForm(String reason) {
    }

    /** "Return…": a line of the customer's earlier invoices and how many units come back (02-sales §Returns R2). */
    record ReturnForm(Long sourceLineId, String quantity) {
    }

    /** "Refund customer" on a negative-net invoice (02-sales §Returns R4, R5). */
    record RefundForm(String method, String amount, String checkNumber, String cardLast4, String reference,
                      String idempotencyKey, String giftCardNumber, Boolean reloadGiftCard) {
    }

    /** "Trade-in…" (02-sales §Trade-In): the customer's piece, the credit allowed and (CanEditTradeFields) its actual value. */
    record TradeInForm(String tradeDescription, String tradeFamily, String tradeCategory, String tradeCredit,
                       String tradeActualValue, Boolean taxable) {
    }

    /** A line's trade field (CanEditTradeFields): the concession on a sold line, the actual value on a trade-in line. */
    record TradeFieldsForm(String tradeConcession, String tradeActualValue) {
    }
}
