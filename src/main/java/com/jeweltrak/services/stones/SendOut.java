package com.jeweltrak.services.stones;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.contacts.ContactId;

/** The Send Out for Service form as typed (03-services §11 R2): the sent date defaults to today, the rest is optional. */
public record SendOut(ContactId vendor, StoneServiceKind service, LocalDate sentDate, LocalDate expectedReturn,
                      BigDecimal expectedCost, String trackingNumber, String notes) {
}
