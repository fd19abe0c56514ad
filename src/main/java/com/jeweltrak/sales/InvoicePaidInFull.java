package com.jeweltrak.sales;

import java.time.LocalDate;

import com.jeweltrak.platform.tenancy.TenantId;

/**
 * A finalized invoice's balance has just reached exactly 0.00 (issue 8; 02-sales §Partnerships R13: a settlement
 * invoice paid in full reconciles its partnership) — by a payment (or refund) on the finalized invoice, or by
 * finalizing an invoice that was already fully paid while Open (a re-finalize after a reopen announces it again:
 * listeners must be idempotent). {@code date}: the store's today.
 */
public record InvoicePaidInFull(TenantId tenant, InvoiceId invoice, LocalDate date) {
}
