package com.jeweltrak.services.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.jeweltrak.services.WorkOrder;

/** A job in the API (design §5b): camelCase, money as strings, the lane and days in stage derived (03-services §1). */
record WorkOrderJson(long id, long storeId, long number, String orderType, String stockType, Long customerId,
                     Long vendorId, Long salespersonId, String description, String mainGroup, String category,
                     String unitPrice, String priceQuoted, String intakeDate, String promisedDate, boolean rush,
                     String location, String internalNotes, String status, String statusLabel, String lane,
                     long daysInStage, List<String> nextStatuses, Instant laneEnteredAt, Instant createdAt,
                     List<StageJson> stages, Integer warrantyDays, String warrantyExpiresAt, Long warrantyOfId) {

    record StageJson(long id, int position, String name, Long vendorId, String status, String sentDate, String dueDate,
                     String expectedCost, String actualCost, String instructions, String trackingNumber, String notes) {
    }

    static WorkOrderJson of(WorkOrder w, Instant now) {
        return new WorkOrderJson(w.id().value(), w.store().value(), w.number(), w.orderType().value(), w.stockType(),
                w.customer() == null ? null : w.customer().value(), w.vendor() == null ? null : w.vendor().value(),
                w.salesperson() == null ? null : w.salesperson().value(), w.description(), w.mainGroup(), w.category(),
                money(w.unitPrice()), money(w.priceQuoted()), text(w.intakeDate()), text(w.promisedDate()), w.rush(),
                w.location(), w.internalNotes(), w.status().value(), w.status().label(), w.lane().name(),
                w.daysInStage(now), w.status().next(w.orderType()).stream().map(s -> s.value()).toList(),
                w.laneEnteredAt(), w.createdAt(),
                w.stages().stream().map(s -> new StageJson(s.id(), s.position(), s.name(),
                        s.vendor() == null ? null : s.vendor().value(), s.status(), text(s.sentDate()), text(s.dueDate()),
                        money(s.expectedCost()), money(s.actualCost()), s.instructions(), s.trackingNumber(), s.notes()))
                        .toList(), w.warrantyDays(), text(w.warrantyExpiresAt()),
                w.warrantyOf() == null ? null : w.warrantyOf().value());
    }

    static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
