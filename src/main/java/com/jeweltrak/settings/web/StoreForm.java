package com.jeweltrak.settings.web;

import java.math.BigDecimal;
import java.time.ZoneId;

import com.jeweltrak.platform.tenancy.Store;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The store page as typed: rates in percent (6.25 means 6.25 %), blanks where nothing was entered. */
record StoreForm(
        @NotBlank(message = "Enter the store's name.") @Size(max = 80, message = "Keep the name to 80 characters.") String name,
        @Size(max = 120) String addressLine1,
        @Size(max = 80) String city,
        @Size(max = 80) String region,
        @Size(max = 20) String postalCode,
        @Size(max = 60) String country,
        @Size(max = 40) String phone,
        @Email(message = "Enter a valid e-mail address, like shop@example.com.") @Size(max = 254) String email,
        @NotBlank(message = "Choose the store's time zone.") @KnownTimeZone String timeZone,
        @Size(max = 60) String taxNumber,
        @Size(max = 200, message = "Keep the disclaimer to one short line (200 characters at most).") String invoiceDisclaimer,
        @DecimalMin(value = "0", message = RATE) @DecimalMax(value = "100", inclusive = false, message = RATE)
        @Digits(integer = 2, fraction = 4, message = RATE_DIGITS) BigDecimal taxRate,
        @DecimalMin(value = "0", message = RATE) @DecimalMax(value = "100", inclusive = false, message = RATE)
        @Digits(integer = 2, fraction = 4, message = RATE_DIGITS) BigDecimal surTaxRate,
        @DecimalMin(value = "0", message = "The threshold cannot be negative.")
        @Digits(integer = 15, fraction = 4, message = "Enter an amount with at most 4 decimals.") BigDecimal surTaxThreshold,
        @NotBlank(message = "Choose a stock type.") @Pattern(regexp = "[JWDCP]", message = "Choose a stock type from the list.") String defaultStockType,
        boolean showOrderNumber,
        boolean showLineSalesperson,
        boolean showSerialNumber,
        boolean active) {

    static final String RATE = "Enter a percent from 0 to below 100, e.g. 6.25 for 6.25%.";
    static final String RATE_DIGITS = "Enter the percent with at most 4 decimals.";

    static StoreForm blank() {
        return new StoreForm("", "", "", "", "", "US", "", "", "America/New_York", "", "", BigDecimal.ZERO,
                BigDecimal.ZERO, null, "J", false, false, false, true);
    }

    static StoreForm of(Store s) {
        return new StoreForm(s.name(), s.address().line1(), s.address().city(), s.address().region(),
                s.address().postalCode(), s.address().country(), s.phone(), s.email(), s.timeZone().getId(),
                s.taxNumber(), s.invoiceDisclaimer(), Decimals.percentOf(s.tax().taxRate()),
                Decimals.percentOf(s.tax().surTaxRate()), Decimals.money(s.tax().surTaxThreshold()),
                String.valueOf(s.defaultStockType()), s.display().showOrderNumber(), s.display().showLineSalesperson(),
                s.display().showSerialNumber(), s.active());
    }

    /** The store these values describe; the aggregate refuses what breaks its own rules. */
    Store toStore() {
        return new Store(null, name.trim(),
                new Store.Address(blankToNull(addressLine1), blankToNull(city), blankToNull(region),
                        blankToNull(postalCode), blankToNull(country)),
                blankToNull(phone), blankToNull(email), ZoneId.of(timeZone.trim()), blankToNull(taxNumber),
                blankToNull(invoiceDisclaimer),
                new Store.TaxSetup(Decimals.fractionOf(taxRate), Decimals.fractionOf(surTaxRate), surTaxThreshold),
                defaultStockType.charAt(0),
                new Store.DisplayFlags(showOrderNumber, showLineSalesperson, showSerialNumber), active);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
