package com.jeweltrak.services;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.tenancy.UserId;

/** The header of a job as typed at intake or on the detail page (03-services §0, §15 R1). */
public record WorkOrderDetails(OrderType orderType, String stockType, ContactId customer, ContactId vendor,
                               UserId salesperson, String description, String mainGroup, String category,
                               BigDecimal unitPrice, BigDecimal priceQuoted, LocalDate intakeDate, LocalDate promisedDate,
                               boolean rush, String location, String internalNotes) {
}
