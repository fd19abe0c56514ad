package com.jeweltrak.platform.tenancy;

import java.math.BigDecimal;
import java.time.ZoneId;

import com.jeweltrak.platform.BusinessRuleViolated;

/**
 * One location's configuration (10-settings §Store Configuration): identity printed on documents,
 * tax rates, order-entry display flags and the default stock type.
 */
public record Store(
        StoreId id,
        String name,
        Address address,
        String phone,
        String email,
        ZoneId timeZone,
        String taxNumber,
        String invoiceDisclaimer,
        TaxSetup tax,
        char defaultStockType,
        DisplayFlags display,
        boolean active) {

    public static final String STOCK_TYPES = "JWDCP";

    public record Address(String line1, String city, String region, String postalCode, String country) {
        public static final Address EMPTY = new Address(null, null, null, null, null);
    }

    /** TaxRate 0.06 = 6 %; surtax applies up to the per-item threshold (Store Configuration R6). */
    public record TaxSetup(BigDecimal taxRate, BigDecimal surTaxRate, BigDecimal surTaxThreshold) {
        public TaxSetup {
            requireRate("taxRate", taxRate);
            requireRate("surTaxRate", surTaxRate);
            if (surTaxThreshold != null && surTaxThreshold.signum() < 0) {
                throw new BusinessRuleViolated("surTaxThreshold", "The surtax threshold cannot be negative.");
            }
        }

        private static void requireRate(String field, BigDecimal rate) {
            if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
                throw new BusinessRuleViolated(field, "A rate is a fraction from 0 to below 1 (0.06 = 6%).");
            }
        }

        public static TaxSetup none() {
            return new TaxSetup(BigDecimal.ZERO, BigDecimal.ZERO, null);
        }
    }

    /** Which optional columns order entry shows (Store Configuration R8). */
    public record DisplayFlags(boolean showOrderNumber, boolean showLineSalesperson, boolean showSerialNumber) {
        public static final DisplayFlags NONE = new DisplayFlags(false, false, false);
    }

    public Store {
        if (name == null || name.isBlank()) throw new BusinessRuleViolated("name", "A store needs a name.");
        if (STOCK_TYPES.indexOf(defaultStockType) < 0) {
            throw new BusinessRuleViolated("defaultStockType", "Stock type must be one of J, W, D, C, P.");
        }
        if (timeZone == null) throw new BusinessRuleViolated("timeZone", "A store needs a time zone.");
        address = address == null ? Address.EMPTY : address;
        tax = tax == null ? TaxSetup.none() : tax;
        display = display == null ? DisplayFlags.NONE : display;
    }

    public Store withId(StoreId newId) {
        return new Store(newId, name, address, phone, email, timeZone, taxNumber, invoiceDisclaimer, tax,
                defaultStockType, display, active);
    }

    public static Store opened(String name, ZoneId zone) {
        return new Store(null, name.trim(), Address.EMPTY, null, null, zone, null, null, TaxSetup.none(), 'J',
                DisplayFlags.NONE, true);
    }
}
