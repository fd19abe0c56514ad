package com.jeweltrak.settings.web;

import com.jeweltrak.platform.tenancy.Store;
import io.swagger.v3.oas.annotations.media.Schema;

/** A store as the API shows it: rates as fractions and money as decimal strings (design §5b). */
record StoreJson(
        long id,
        String name,
        AddressJson address,
        String phone,
        String email,
        @Schema(example = "America/New_York") String timeZone,
        String taxNumber,
        String invoiceDisclaimer,
        @Schema(description = "Base sales-tax rate as a fraction: 0.0625 = 6.25%", example = "0.0625") String taxRate,
        @Schema(description = "Surtax rate as a fraction", example = "0.01") String surTaxRate,
        @Schema(description = "Per-item amount above which the surtax stops; null = no cap", example = "5000.00")
        String surTaxThreshold,
        @Schema(description = "J, W, D, C or P", example = "J") String defaultStockType,
        boolean showOrderNumber,
        boolean showLineSalesperson,
        boolean showSerialNumber,
        boolean active) {

    record AddressJson(String line1, String city, String region, String postalCode, String country) {
    }

    static StoreJson of(Store s) {
        Store.Address a = s.address();
        return new StoreJson(s.id().value(), s.name(),
                new AddressJson(a.line1(), a.city(), a.region(), a.postalCode(), a.country()), s.phone(), s.email(),
                s.timeZone().getId(), s.taxNumber(), s.invoiceDisclaimer(), Decimals.rateText(s.tax().taxRate()),
                Decimals.rateText(s.tax().surTaxRate()), Decimals.moneyText(s.tax().surTaxThreshold()),
                String.valueOf(s.defaultStockType()), s.display().showOrderNumber(), s.display().showLineSalesperson(),
                s.display().showSerialNumber(), s.active());
    }
}
