package com.jeweltrak.sales;

import java.math.BigDecimal;

import com.jeweltrak.platform.tenancy.Store;

/**
 * The tax rates an invoice keeps (08-accounting §Sales Tax, Data): copied from its store's Tax setup when the invoice is
 * created, so a later change of the store's rates never alters an old invoice; a return line carries its source
 * invoice's snapshot instead (R10). {@code surTaxThreshold} is the per-item cap; null means no cap.
 */
public record TaxSnapshot(BigDecimal taxRate, BigDecimal surTaxRate, BigDecimal surTaxThreshold) {

    /** No tax at all (a store whose tax setup is empty). */
    public static final TaxSnapshot NONE = new TaxSnapshot(BigDecimal.ZERO, BigDecimal.ZERO, null);

    public TaxSnapshot {
        taxRate = taxRate == null ? BigDecimal.ZERO : taxRate;
        surTaxRate = surTaxRate == null ? BigDecimal.ZERO : surTaxRate;
    }

    /** The store's rates as they are now — call once, when the invoice is created (Store Configuration R7). */
    public static TaxSnapshot of(Store.TaxSetup setup) {
        return setup == null ? NONE : new TaxSnapshot(setup.taxRate(), setup.surTaxRate(), setup.surTaxThreshold());
    }
}
