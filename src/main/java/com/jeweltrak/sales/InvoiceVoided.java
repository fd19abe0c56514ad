package com.jeweltrak.sales;

import java.time.LocalDate;

import com.jeweltrak.platform.tenancy.TenantId;

/** A finalized invoice was voided (02-sales §Finalize R7): its finalize posting is reversed; the sold items came back. */
public record InvoiceVoided(TenantId tenant, InvoiceId invoice, LocalDate date) {
}
