package com.jeweltrak.settings.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.platform.tenancy.Organization;
import com.jeweltrak.platform.tenancy.TenantId;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The organization page as typed; a blank Closed Through means nothing is locked (Organization R5). */
record OrganizationForm(
        @NotBlank(message = "Enter the organization's name.") @Size(max = 120) String name,
        @NotBlank(message = "Choose a business type.")
        @Pattern(regexp = "RETAILER|MANUFACTURER", message = "Choose Retailer or Manufacturer.") String businessType,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedThrough,
        @NotNull(message = "Enter a number of days.") @Min(value = 0, message = DAYS) @Max(value = 3650, message = DAYS)
        Integer openMemoReminderDays,
        @NotNull(message = "Enter a number of days.") @Min(value = 0, message = WINDOW) @Max(value = 365, message = WINDOW)
        Integer birthdayAnniversaryReminderDays,
        @DecimalMin(value = "0", message = AMOUNT) @Digits(integer = 15, fraction = 4, message = AMOUNT) BigDecimal defaultGoldCost,
        @DecimalMin(value = "0", message = AMOUNT) @Digits(integer = 15, fraction = 4, message = AMOUNT) BigDecimal defaultSilverCost,
        @DecimalMin(value = "0", message = AMOUNT) @Digits(integer = 15, fraction = 4, message = AMOUNT)
        BigDecimal defaultGoldCastingLaborRate,
        @NotBlank(message = "Choose a weight unit.")
        @Pattern(regexp = "GRAM|DWT|OUNCE", message = "Choose gram, pennyweight or troy ounce.") String goldWeightUnit) {

    static final String DAYS = "Enter a number of days from 0 to 3650.";
    static final String WINDOW = "Enter a number of days from 0 to 365.";
    static final String AMOUNT = "Enter an amount of 0 or more, with at most 4 decimals.";

    static OrganizationForm of(Organization o) {
        return new OrganizationForm(o.name(), o.businessType().name(), o.closedThrough(), o.openMemoReminderDays(),
                o.birthdayAnniversaryReminderDays(), Decimals.money(o.defaultGoldCost()),
                Decimals.money(o.defaultSilverCost()), Decimals.money(o.defaultGoldCastingLaborRate()),
                o.goldWeightUnit().name());
    }

    Organization toOrganization(TenantId id) {
        return new Organization(id, name.trim(), Organization.BusinessType.valueOf(businessType), closedThrough,
                openMemoReminderDays, birthdayAnniversaryReminderDays, defaultGoldCost, defaultSilverCost,
                defaultGoldCastingLaborRate, Organization.WeightUnit.valueOf(goldWeightUnit));
    }
}
