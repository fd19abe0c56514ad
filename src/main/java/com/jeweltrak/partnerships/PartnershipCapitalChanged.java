package com.jeweltrak.partnerships;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantId;

/**
 * A partnership was saved: each Owner-% partner funded their share of the Partnership Value ({@code capital}, the
 * CostPaidAmount). The books replace the partnership's standing capital entry with this one.
 */
public record PartnershipCapitalChanged(TenantId tenant, PartnershipId partnership, StoreId store, String stockId,
                                        LocalDate date, List<Capital> capital) {

    public record Capital(ContactId partner, BigDecimal amount) {
    }
}
