package com.jeweltrak.platform.tenancy;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.platform.BusinessRuleViolated;

/** Org-wide settings shared by all stores (10-settings §Organization Settings). */
public record Organization(
        TenantId id,
        String name,
        BusinessType businessType,
        LocalDate closedThrough,
        int openMemoReminderDays,
        int birthdayAnniversaryReminderDays,
        BigDecimal defaultGoldCost,
        BigDecimal defaultSilverCost,
        BigDecimal defaultGoldCastingLaborRate,
        WeightUnit goldWeightUnit) {

    public enum BusinessType { RETAILER, MANUFACTURER }

    public enum WeightUnit { GRAM, DWT, OUNCE }

    public Organization {
        if (name == null || name.isBlank()) throw new BusinessRuleViolated("name", "The organization needs a name.");
        if (openMemoReminderDays < 0) {
            throw new BusinessRuleViolated("openMemoReminderDays", "Reminder days cannot be negative.");
        }
        if (birthdayAnniversaryReminderDays < 0) {
            throw new BusinessRuleViolated("birthdayAnniversaryReminderDays", "Reminder days cannot be negative.");
        }
        requireNotNegative("defaultGoldCost", defaultGoldCost);
        requireNotNegative("defaultSilverCost", defaultSilverCost);
        requireNotNegative("defaultGoldCastingLaborRate", defaultGoldCastingLaborRate);
    }

    private static void requireNotNegative(String field, BigDecimal amount) {
        if (amount != null && amount.signum() < 0) throw new BusinessRuleViolated(field, "Cannot be negative.");
    }

    /** A document dated on or before Closed Through is locked (Organization R3, R7). */
    public boolean isClosed(LocalDate documentDate) {
        return closedThrough != null && !documentDate.isAfter(closedThrough);
    }
}
