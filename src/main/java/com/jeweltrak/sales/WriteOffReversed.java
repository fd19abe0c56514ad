package com.jeweltrak.sales;

import java.time.LocalDate;

import com.jeweltrak.platform.tenancy.TenantId;

/**
 * A write-off was reversed (08-accounting §Writing Off Invoices R7): its entry is reversed on {@code date}, the open
 * period, and the invoice owes its balance again.
 */
public record WriteOffReversed(TenantId tenant, WriteOffId writeOff, InvoiceId invoice, LocalDate date) {
}
