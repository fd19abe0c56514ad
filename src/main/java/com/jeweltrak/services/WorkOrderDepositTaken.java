package com.jeweltrak.services;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantId;

/** A deposit was taken on a job (03-services §3 R4, R11): the books hold it as the customer's deposit. */
public record WorkOrderDepositTaken(TenantId tenant, long deposit, WorkOrderId workOrder, String workOrderNumber,
                                    StoreId store, LocalDate date, ContactId customer, DepositMethod method,
                                    BigDecimal amount) {
}
