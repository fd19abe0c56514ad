package com.jeweltrak.sales;

/**
 * How a tender was paid (08-accounting §Applying Payments). {@code OTHER} covers the tenant's own methods from
 * List Maintenance; the books keep them in their own clearing account. {@code STORE_CREDIT}: a payment of it uses the
 * customer's store credit, a refund of it issues store credit (08-accounting §Store Credits & Refunds R12).
 */
public enum PaymentMethod {
    CASH, CHECK, CARD, OTHER, STORE_CREDIT
}
