package com.jeweltrak.partnerships;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantId;

/**
 * A partnership sale was reconciled (02-sales §Partnerships R7, R13). OwnerSold: each partner was paid
 * {@code payout} by {@code method} (Cash, Check, Card, ACH, Wire, Other). PartnerSold: no cash moved — each partner
 * recovered {@code costPaid} through their own sale; {@code itemCost} is the item's full cost and {@code basisCost} the
 * settlement line's cost, so the rest of the inventory dollars clear against the partners' equity.
 */
public record PartnershipReconciled(TenantId tenant, long reconciliation, PartnershipId partnership, SettlementType type,
                                    StoreId store, String stockId, LocalDate date, BigDecimal itemCost,
                                    BigDecimal basisCost, List<Payout> payouts) {

    public record Payout(ContactId partner, BigDecimal costPaid, BigDecimal payout, String method) {
    }
}
