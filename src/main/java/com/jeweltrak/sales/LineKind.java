package com.jeweltrak.sales;

/**
 * What an invoice line sells: an inventory {@code ITEM}, a {@code NON_STOCK} line (typed description, no item), or a
 * {@code SERVICE} line (StockType 'S'), which counts as one item for the surtax cap whatever its quantity
 * (08-accounting §Sales Tax R5).
 */
public enum LineKind {
    ITEM, NON_STOCK, SERVICE
}
