package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantId;

/**
 * A stand-alone store credit was given to a customer (08-accounting §Store Credits R9: goodwill, no return behind it):
 * the books owe the customer {@code amount} and count it as what goodwill cost the store.
 */
public record StoreCreditIssued(TenantId tenant, long storeCredit, StoreId store, LocalDate date, ContactId customer,
                                BigDecimal amount, String reason) {
}
