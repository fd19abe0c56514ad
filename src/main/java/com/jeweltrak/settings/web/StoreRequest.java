package com.jeweltrak.settings.web;

import java.math.BigDecimal;
import java.time.ZoneId;

import com.jeweltrak.platform.tenancy.Store;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A store's whole configuration, for POST and PUT (a PUT replaces every field). Rates are fractions
 * (0.0625 = 6.25%); omitted rates are 0, an omitted stock type is J, omitted flags are off and an
 * omitted {@code active} means active.
 */
record StoreRequest(
        @NotBlank(message = "Enter the store's name.") @Size(max = 80) String name,
        @Valid Address address,
        @Size(max = 40) String phone,
        @Email(message = "Enter a valid e-mail address.") @Size(max = 254) String email,
        @NotBlank(message = "Give an IANA time zone, e.g. America/New_York.") @Schema(example = "America/New_York")
        @KnownTimeZone String timeZone,
        @Size(max = 60) String taxNumber,
        @Size(max = 200) String invoiceDisclaimer,
        @DecimalMin(value = "0", message = RATE) @DecimalMax(value = "1", inclusive = false, message = RATE)
        @Digits(integer = 1, fraction = 6, message = RATE) @Schema(type = "string", example = "0.0625") BigDecimal taxRate,
        @DecimalMin(value = "0", message = RATE) @DecimalMax(value = "1", inclusive = false, message = RATE)
        @Digits(integer = 1, fraction = 6, message = RATE) @Schema(type = "string", example = "0.01") BigDecimal surTaxRate,
        @DecimalMin(value = "0", message = "Cannot be negative.") @Digits(integer = 15, fraction = 4, message = "At most 4 decimals.")
        @Schema(type = "string", example = "5000.00") BigDecimal surTaxThreshold,
        @Pattern(regexp = "[JWDCP]", message = "One of J, W, D, C, P.") String defaultStockType,
        Boolean showOrderNumber,
        Boolean showLineSalesperson,
        Boolean showSerialNumber,
        Boolean active) {

    static final String RATE = "A fraction from 0 to below 1 with at most 6 decimals (0.0625 = 6.25%).";

    record Address(@Size(max = 120) String line1, @Size(max = 80) String city, @Size(max = 80) String region,
                   @Size(max = 20) String postalCode, @Size(max = 60) String country) {
    }

    Store toStore() {
        Address a = address == null ? new Address(null, null, null, null, null) : address;
        return new Store(null, name.trim(),
                new Store.Address(StoreForm.blankToNull(a.line1()), StoreForm.blankToNull(a.city()),
                        StoreForm.blankToNull(a.region()), StoreForm.blankToNull(a.postalCode()),
                        StoreForm.blankToNull(a.country())),
                StoreForm.blankToNull(phone), StoreForm.blankToNull(email), ZoneId.of(timeZone.trim()),
                StoreForm.blankToNull(taxNumber),
                StoreForm.blankToNull(invoiceDisclaimer),
                new Store.TaxSetup(orZero(taxRate), orZero(surTaxRate), surTaxThreshold),
                defaultStockType == null ? 'J' : defaultStockType.charAt(0),
                new Store.DisplayFlags(on(showOrderNumber), on(showLineSalesperson), on(showSerialNumber)),
                active == null || active);
    }

    private static BigDecimal orZero(BigDecimal rate) {
        return rate == null ? BigDecimal.ZERO : rate;
    }

    private static boolean on(Boolean flag) {
        return flag != null && flag;
    }
}
