package com.jeweltrak.partnerships;

import java.time.LocalDate;

import com.jeweltrak.platform.tenancy.TenantId;

/** The settlement invoice was voided, the co-owned item is back in stock (R15): its share returns to Inventory. */
public record PartnersShareCameBack(TenantId tenant, PartnershipId partnership, long invoice, LocalDate date) {
}
