package com.jeweltrak.sales;

/**
 * How a tender was paid (08-accounting §Applying Payments). {@code OTHER} covers the tenant's own methods from
 * List Maintenance; the books keep them in their own clearing account. {@code STORE_CREDIT}: a payment of it uses the
 * customer's store credit, a refund of it issues store credit (08-accounting §Store Credits & Refunds R12).
 * {@code DEPOSIT}: a deposit held on a work order applied to the job's invoice (03-services §3 R7) — money received
 * before, so a transfer out of Customer deposits, never a second receipt (R12); only {@link ApplyingAHeldDeposit} takes it.
 * {@code GIFT_CARD}: a payment of it spends a gift card, a refund of it puts value on one (08-accounting §Gift Cards R2, R5).
 */
public enum PaymentMethod {
    CASH, CHECK, CARD, OTHER, STORE_CREDIT, DEPOSIT, GIFT_CARD
}
