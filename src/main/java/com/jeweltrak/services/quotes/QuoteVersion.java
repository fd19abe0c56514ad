package com.jeweltrak.services.quotes;

import java.math.BigDecimal;
import java.time.Instant;

import com.jeweltrak.platform.tenancy.UserId;
import com.jeweltrak.services.WorkOrderId;

/** One saved quote of a job (03-services §4 Data, repair_quote_history): never edited after it is saved (R3). */
public record QuoteVersion(WorkOrderId workOrder, int version, BigDecimal amount, String notes, Instant createdAt,
                           UserId createdBy, String createdByName) {
}
