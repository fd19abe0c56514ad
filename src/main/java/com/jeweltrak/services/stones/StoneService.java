package com.jeweltrak.services.stones;

import java.math.BigDecimal;
import java.time.Instant;

import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.services.WorkOrderId;

/** A stone job as stored (03-services §11): which stone, which job and stage, what for, and what came back. */
public record StoneService(long id, WorkOrderId workOrder, long stage, ItemId item, StoneServiceKind service,
                           BigDecimal newCaratWeight, Instant returnedAt) {

    public boolean returned() {
        return returnedAt != null;
    }
}
