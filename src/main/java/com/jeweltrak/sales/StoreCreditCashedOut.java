package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantId;

/**
 * Part or all of a store credit was paid out to its customer in cash or by check (08-accounting §Store Credits R10):
 * the liability to the customer falls by {@code amount}, and so does the drawer (or the checks account).
 */
public record StoreCreditCashedOut(TenantId tenant, long cashOut, long storeCredit, StoreId store, LocalDate date,
                                   ContactId customer, PaymentMethod method, String checkNumber, BigDecimal amount) {
}
