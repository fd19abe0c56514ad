package com.jeweltrak.sales;

/** What a line sells: an inventory item (by StockID), a non-stock article, or a service. */
public enum LineKind {
    ITEM, NON_STOCK, SERVICE
}
