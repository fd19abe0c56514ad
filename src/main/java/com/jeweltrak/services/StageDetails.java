package com.jeweltrak.services;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.contacts.ContactId;

/** A stage as typed (03-services §0 Stage). Status: pending, sent, returned or done. */
public record StageDetails(String name, ContactId vendor, String status, LocalDate sentDate, LocalDate dueDate,
                           BigDecimal expectedCost, BigDecimal actualCost, String instructions, String trackingNumber,
                           String notes) {

    static final java.util.List<String> STATUSES = java.util.List.of("pending", "sent", "returned", "done");
}
