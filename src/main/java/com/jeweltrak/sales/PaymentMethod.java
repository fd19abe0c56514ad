package com.jeweltrak.sales;

/**
 * How a tender was paid (08-accounting §Applying Payments). {@code OTHER} covers the tenant's own methods from
 * List Maintenance; the books keep them in their own clearing account.
 */
public enum PaymentMethod {
    CASH, CHECK, CARD, OTHER
}
