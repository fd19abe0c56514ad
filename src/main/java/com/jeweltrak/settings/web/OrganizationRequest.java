package com.jeweltrak.settings.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.platform.tenancy.Organization;
import com.jeweltrak.platform.tenancy.TenantId;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Every organization setting, replaced as a whole by PUT; a null Closed Through locks nothing (Organization R5). */
record OrganizationRequest(
        @NotBlank(message = "Enter the organization's name.") @Size(max = 120) String name,
        @NotNull(message = "RETAILER or MANUFACTURER.") @Pattern(regexp = "RETAILER|MANUFACTURER", message = "RETAILER or MANUFACTURER.")
        String businessType,
        LocalDate closedThrough,
        @NotNull(message = OrganizationForm.DAYS) @Min(value = 0, message = OrganizationForm.DAYS)
        @Max(value = 3650, message = OrganizationForm.DAYS) Integer openMemoReminderDays,
        @NotNull(message = OrganizationForm.WINDOW) @Min(value = 0, message = OrganizationForm.WINDOW)
        @Max(value = 365, message = OrganizationForm.WINDOW) Integer birthdayAnniversaryReminderDays,
        @DecimalMin(value = "0", message = OrganizationForm.AMOUNT) @Digits(integer = 15, fraction = 4, message = OrganizationForm.AMOUNT)
        @Schema(type = "string", example = "65.00") BigDecimal defaultGoldCost,
        @DecimalMin(value = "0", message = OrganizationForm.AMOUNT) @Digits(integer = 15, fraction = 4, message = OrganizationForm.AMOUNT)
        @Schema(type = "string", example = "0.85") BigDecimal defaultSilverCost,
        @DecimalMin(value = "0", message = OrganizationForm.AMOUNT) @Digits(integer = 15, fraction = 4, message = OrganizationForm.AMOUNT)
        @Schema(type = "string", example = "4.50") BigDecimal defaultGoldCastingLaborRate,
        @NotNull(message = "GRAM, DWT or OUNCE.") @Pattern(regexp = "GRAM|DWT|OUNCE", message = "GRAM, DWT or OUNCE.")
        String goldWeightUnit) {

    Organization toOrganization(TenantId id) {
        return new Organization(id, name.trim(), Organization.BusinessType.valueOf(businessType), closedThrough,
                openMemoReminderDays, birthdayAnniversaryReminderDays, defaultGoldCost, defaultSilverCost,
                defaultGoldCastingLaborRate, Organization.WeightUnit.valueOf(goldWeightUnit));
    }
}
