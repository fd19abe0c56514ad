package com.jeweltrak.partnerships;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantId;

/**
 * A co-owned item left stock on its partner settlement invoice (02-sales §Partnerships R11, R16): the invoice's COGS
 * takes out only the store's basis ({@code basisCost}), so the rest of the item's full cost ({@code itemCost}) leaves
 * Inventory now against the partners' capital ({@code capital}, each partner's CostPaidAmount) — at finalize, when the
 * item goes, not when the partner pays, so the Inventory account never holds a sold item. Announced once per
 * settlement: a re-finalize after a reopen finds it already cleared.
 */
public record PartnersShareLeftStock(TenantId tenant, PartnershipId partnership, long invoice, StoreId store,
                                     String stockId, LocalDate date, BigDecimal itemCost, BigDecimal basisCost,
                                     List<Capital> capital) {

    public record Capital(ContactId partner, BigDecimal amount) {
    }
}
