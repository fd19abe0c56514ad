package com.jeweltrak.services;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.UserId;

/** A bench job as stored (03-services §0), with its stages in order. */
public record WorkOrder(WorkOrderId id, StoreId store, long number, OrderType orderType, String stockType,
                        ContactId customer, ContactId vendor, UserId salesperson, String description, String mainGroup,
                        String category, BigDecimal unitPrice, BigDecimal priceQuoted, LocalDate intakeDate,
                        LocalDate promisedDate, boolean rush, String location, String internalNotes,
                        WorkOrderStatus status, Instant laneEnteredAt, Instant createdAt, List<Stage> stages,
                        Integer warrantyDays, LocalDate warrantyExpiresAt, WorkOrderId warrantyOf) {

    /** A job without a warranty record (§10 R1: a warranty is optional). */
    public WorkOrder(WorkOrderId id, StoreId store, long number, OrderType orderType, String stockType,
                     ContactId customer, ContactId vendor, UserId salesperson, String description, String mainGroup,
                     String category, BigDecimal unitPrice, BigDecimal priceQuoted, LocalDate intakeDate,
                     LocalDate promisedDate, boolean rush, String location, String internalNotes,
                     WorkOrderStatus status, Instant laneEnteredAt, Instant createdAt, List<Stage> stages) {
        this(id, store, number, orderType, stockType, customer, vendor, salesperson, description, mainGroup, category,
                unitPrice, priceQuoted, intakeDate, promisedDate, rush, location, internalNotes, status, laneEnteredAt,
                createdAt, stages, null, null, null);
    }

    /** A step of the job (§0 Stage). */
    public record Stage(long id, int position, String name, ContactId vendor, String status, LocalDate sentDate,
                        LocalDate dueDate, BigDecimal expectedCost, BigDecimal actualCost, String instructions,
                        String trackingNumber, String notes) {
    }

    /** §10 R4: 0 days (engraving) and no days both mean no warranty. */
    public boolean hasWarranty() {
        return warrantyDays != null && warrantyDays > 0;
    }

    /** §10 R5: the warranty runs through its expiry date, inclusive (inferred). */
    public boolean warrantyRunsOn(LocalDate day) {
        return hasWarranty() && !day.isAfter(warrantyExpiresAt);
    }

    /** §10 R8: a redo points at its original. */
    public boolean isRedo() {
        return warrantyOf != null;
    }

    /** §0: the number as shown; a custom job shows it as its BuildID, six digits zero-padded (142 → 000142). */
    public String numberText() {
        return orderType == OrderType.CUSTOM ? String.format("%06d", number) : Long.toString(number);
    }

    /** §1 R4. */
    public Lane lane() {
        return status.lane();
    }

    /** §1 R9: whole days in the current lane, 0 on the day it arrived. */
    public long daysInStage(Instant now) {
        return Math.max(0, Duration.between(laneEnteredAt, now).toDays());
    }

    /** What the card and the list call the piece: the description, else group / category (§2 R6 fallback). */
    public String item() {
        if (description != null && !description.isBlank()) return description;
        String text = ((mainGroup == null ? "" : mainGroup) + " " + (category == null ? "" : category)).strip();
        return text.isEmpty() ? orderType.label() : text;
    }
}
