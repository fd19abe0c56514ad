package com.jeweltrak.services;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantId;

/**
 * A held deposit went back to the customer (03-services §3 R8, §14 on cancel): refunded by {@code refundMethod}, or
 * — when {@code refundMethod} is null — moved to the customer's store credit.
 */
public record WorkOrderDepositReturned(TenantId tenant, long deposit, WorkOrderId workOrder, String workOrderNumber,
                                       StoreId store, LocalDate date, ContactId customer, DepositMethod refundMethod,
                                       BigDecimal amount) {

    public boolean toStoreCredit() {
        return refundMethod == null;
    }
}
