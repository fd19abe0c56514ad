package com.jeweltrak.partnerships;

import java.math.BigDecimal;
import java.util.Objects;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.BusinessRuleViolated;

/** One partner's split (R2): Owner % or Profit Only %, and whether they are the Selling Partner. */
public record PartnerShare(ContactId contact, ShareKind kind, BigDecimal percent, boolean sellingPartner) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PartnerShare {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(kind, "kind");
        if (percent == null || percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
            throw new BusinessRuleViolated("percent", "Enter a percentage above 0 and at most 100.");
        }
        if (percent.scale() > 4) throw new BusinessRuleViolated("percent", "Use at most 4 decimals for a percentage.");
    }

    public boolean owner() {
        return kind == ShareKind.OWNER;
    }

    /** The share as a fraction (40 % → 0.40). */
    BigDecimal fraction() {
        return percent.movePointLeft(2);
    }
}
