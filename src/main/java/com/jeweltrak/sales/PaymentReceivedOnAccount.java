package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantId;

/**
 * Money was received from a customer on account (08-accounting §Applying Payments): the tender's account is debited and
 * the customer's AR credited, on the payment's date, before (and whether or not) any of it is applied to an invoice.
 */
public record PaymentReceivedOnAccount(TenantId tenant, CustomerPaymentId payment, StoreId store, LocalDate date,
                                       ContactId customer, PaymentMethod method, String methodName, BigDecimal amount) {
}
