package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.platform.tenancy.TenantId;

/**
 * A finalized invoice was reopened (02-sales §Finalize R6, R12; decision 2): its finalize posting is reversed, dated
 * {@code date}, until it is finalized again; its items stay reserved to it. Payments applied since it was finalized
 * ({@code paidSinceFinalize}) stay on it (R12) and, with those taken before, go back to being held as customer
 * deposits, so AR holds only finalized invoices' balances. {@code paid} is what all the payments still applied to it
 * add up to now — a payment voided or moved to credit since the finalize no longer counts.
 */
public record InvoiceReopened(TenantId tenant, InvoiceId invoice, LocalDate date, BigDecimal paidSinceFinalize,
                              BigDecimal paid) {
}
