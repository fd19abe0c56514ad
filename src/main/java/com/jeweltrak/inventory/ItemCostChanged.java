package com.jeweltrak.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantId;

/**
 * An item's unit cost was corrected while the business owns some of it ({@code owned}: in stock and on memo), so
 * the stock is worth {@link #value()} more (or less) at cost than the books say.
 */
public record ItemCostChanged(TenantId tenant, ItemId item, String stockId, StoreId store, BigDecimal owned, BigDecimal oldCost,
                              BigDecimal newCost, LocalDate date) {

    public BigDecimal value() {
        return owned.multiply(newCost.subtract(oldCost));
    }
}
