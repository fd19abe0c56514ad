package com.jeweltrak.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantId;

/**
 * A movement of the stock ledger, with what the books need to value it: how many units came in or left stock
 * ({@code inStock}, signed) at the item's unit cost at that moment, on the store's business date. The document that
 * caused it ({@code documentType}, {@code documentId}) tells whether another posting already values it — a sale on
 * an invoice moves its cost to COGS with the invoice's own entry.
 */
public record StockMoved(TenantId tenant, ItemId item, String stockId, StoreId store, MovementKind kind, BigDecimal inStock,
                         BigDecimal unitCost, String documentType, Long documentId, LocalDate date) {

    /** What the units moved are worth at cost: positive when stock came in. */
    public BigDecimal value() {
        return unitCost == null ? BigDecimal.ZERO : inStock.multiply(unitCost);
    }
}
