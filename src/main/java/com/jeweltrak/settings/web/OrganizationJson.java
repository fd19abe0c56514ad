package com.jeweltrak.settings.web;

import java.time.LocalDate;

import com.jeweltrak.platform.tenancy.Organization;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The organization's settings as the API shows them. Metal costs are cost data, so they are left
 * out (null) for a caller without {@code CanViewCost} (Permissions R12).
 */
record OrganizationJson(
        long id,
        String name,
        @Schema(allowableValues = {"RETAILER", "MANUFACTURER"}) String businessType,
        @Schema(description = "Documents dated on or before it are locked; null = nothing locked") LocalDate closedThrough,
        int openMemoReminderDays,
        int birthdayAnniversaryReminderDays,
        @Schema(example = "65.00") String defaultGoldCost,
        @Schema(example = "0.85") String defaultSilverCost,
        @Schema(example = "4.50") String defaultGoldCastingLaborRate,
        @Schema(allowableValues = {"GRAM", "DWT", "OUNCE"}) String goldWeightUnit) {

    static OrganizationJson of(Organization o, boolean showCosts) {
        return new OrganizationJson(o.id().value(), o.name(), o.businessType().name(), o.closedThrough(),
                o.openMemoReminderDays(), o.birthdayAnniversaryReminderDays(),
                showCosts ? Decimals.moneyText(o.defaultGoldCost()) : null,
                showCosts ? Decimals.moneyText(o.defaultSilverCost()) : null,
                showCosts ? Decimals.moneyText(o.defaultGoldCastingLaborRate()) : null,
                o.goldWeightUnit().name());
    }
}
