package com.jeweltrak.partnerships;

import java.time.LocalDate;

import com.jeweltrak.platform.tenancy.TenantId;

/** A PartnerSold reconciliation was reversed: its settlement invoice was voided (R15). The books reverse its entry. */
public record PartnershipReconciliationReversed(TenantId tenant, long reconciliation, PartnershipId partnership,
                                                LocalDate date) {
}
