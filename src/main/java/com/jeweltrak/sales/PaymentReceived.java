package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantId;

/**
 * A tender was taken on an invoice. {@code amount} is what stays with the store (cash tendered minus change due).
 * {@code invoiceFinalized} says where it goes in the books: against AR when the invoice is finalized, else held as a
 * customer deposit until the invoice is finalized ({@link InvoiceFinalized#paidBefore()}). A refund (02-sales §Returns
 * R5, {@link RefundingACustomer}) has a negative {@code amount}: money (or store credit) going back to the customer.
 */
public record PaymentReceived(TenantId tenant, PaymentId payment, InvoiceId invoice, StoreId store, LocalDate date,
                              ContactId customer, PaymentMethod method, String methodName, BigDecimal amount,
                              boolean invoiceFinalized) {
}
