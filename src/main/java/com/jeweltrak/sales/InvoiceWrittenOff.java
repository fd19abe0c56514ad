package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantId;

/**
 * A finalized invoice's remaining balance was written off as bad debt (08-accounting §Writing Off Invoices R1, R3, R4)
 * on {@code date}: the books move {@code amount} from the customer's AR to bad-debt expense. Sales tax is untouched (R8).
 */
public record InvoiceWrittenOff(TenantId tenant, WriteOffId writeOff, InvoiceId invoice, StoreId store, LocalDate date,
                                ContactId customer, BigDecimal amount) {
}
