package com.jeweltrak.sales;

import java.time.LocalDate;

import com.jeweltrak.platform.tenancy.TenantId;

/**
 * A tender was voided (08-accounting §Voiding Payments): its posting is reversed, dated {@code date} — the current open
 * period even when the payment itself lies in a closed one (Period Close R2).
 */
public record PaymentVoided(TenantId tenant, PaymentId payment, InvoiceId invoice, LocalDate date) {
}
