package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantId;

/**
 * Part of a receipt's money (credit on account) now pays a finalized invoice: {@code application} is the invoice_payment
 * row naming the receipt (08-accounting §Applying Payments R2–R5). The money is in AR already; the books record which
 * invoice it pays.
 */
public record PaymentApplied(TenantId tenant, PaymentId application, CustomerPaymentId payment, InvoiceId invoice,
                             StoreId store, LocalDate date, ContactId customer, BigDecimal amount) {
}
