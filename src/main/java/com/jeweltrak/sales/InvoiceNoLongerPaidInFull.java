package com.jeweltrak.sales;

import java.time.LocalDate;

import com.jeweltrak.platform.tenancy.TenantId;

/**
 * A finalized invoice that was paid in full (balance 0.00) owes again: one of its payments was voided, refunded or
 * moved to credit on account (issue 8; 02-sales §Partnerships R15). {@code date}: the store's today.
 */
public record InvoiceNoLongerPaidInFull(TenantId tenant, InvoiceId invoice, LocalDate date) {
}
