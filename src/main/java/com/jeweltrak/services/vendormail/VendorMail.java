package com.jeweltrak.services.vendormail;

import java.time.Instant;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.tenancy.UserId;
import com.jeweltrak.services.WorkOrderId;

/** An e-mail sent to a stage's vendor, as logged on the job (03-services §6 R6): who, when, to whom, what. */
public record VendorMail(long id, WorkOrderId workOrder, long stageId, String stageName, ContactId vendor,
                         VendorMailKind kind, String toAddress, String subject, String body, Instant sentAt,
                         UserId sentBy) {
}
