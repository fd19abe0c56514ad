package com.jeweltrak.sales;

/**
 * What an invoice line sells: an inventory {@code ITEM}, a {@code NON_STOCK} line (typed description, no item), or a
 * {@code SERVICE} line (StockType 'S'), which counts as one item for the surtax cap whatever its quantity
 * (08-accounting §Sales Tax R5), or a {@code TRADE_IN}: the customer's piece coming in (02-sales §Trade-In
 * Negotiation), quantity 1, its unit price the credit allowed, counted negative on the invoice; or a {@code GIFT_CARD}
 * sold (08-accounting §Gift Cards R8): one card at its amount, never taxable, no cost — a liability, not revenue.
 */
public enum LineKind {
    ITEM, NON_STOCK, SERVICE, TRADE_IN, GIFT_CARD;

    /** Only what is sold can carry a Trade Concession (Trade-In R6). */
    public boolean isSold() {
        return this == ITEM || this == NON_STOCK;
    }
}
