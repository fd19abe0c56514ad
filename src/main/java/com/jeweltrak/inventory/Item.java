package com.jeweltrak.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.StoreId;

/**
 * One inventory record (04-inventory §0): identity (StockID), where it is, what it cost and sells for, how
 * many there are — a cache of its stock movements — and its family's own attributes.
 */
public record Item(
        ItemId id,
        long stockNumber,
        StoreId store,
        String category,
        ContactId vendor,
        String description,
        Identifiers identifiers,
        boolean taxable,
        LocalDate purchaseDate,
        BigDecimal cost,
        Prices prices,
        Quantities quantities,
        FamilyDetails details) {

    /** Instance fields a style cannot pre-fill (Style Catalog). */
    public record Identifiers(String serialNumber, String location, String vendorInvoiceRef, String notes) {
        public static final Identifiers NONE = new Identifiers(null, null, null, null);

        public Identifiers {
            serialNumber = AllowedValues.text(serialNumber);
            location = AllowedValues.text(location);
            vendorInvoiceRef = AllowedValues.text(vendorInvoiceRef);
            notes = AllowedValues.text(notes);
        }
    }

    /** Price 1/2/3 and Retail; a blank level stays blank (Pricing Multipliers R11). */
    public record Prices(BigDecimal price1, BigDecimal price2, BigDecimal price3, BigDecimal retail) {
        public static final Prices NONE = new Prices(null, null, null, null);

        public Prices {
            notNegative("price1", price1);
            notNegative("price2", price2);
            notNegative("price3", price3);
            notNegative("retailPrice", retail);
        }
    }

    /** How many are in the store, out on memo, and — for loose stones — their total carat weight. */
    public record Quantities(BigDecimal inStock, BigDecimal onMemo, BigDecimal carats) {
        public static final Quantities NONE = new Quantities(BigDecimal.ZERO, BigDecimal.ZERO, null);

        public Quantities {
            Objects.requireNonNull(inStock, "inStock");
            Objects.requireNonNull(onMemo, "onMemo");
        }
    }

    public Item {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(details, "details");
        category = AllowedValues.text(category);
        if (category == null) throw new BusinessRuleViolated("category", "Choose or type a category.");
        description = AllowedValues.text(description);
        identifiers = identifiers == null ? Identifiers.NONE : identifiers;
        if (purchaseDate == null) throw new BusinessRuleViolated("purchaseDate", "Enter the purchase date.");
        if (cost == null) throw new BusinessRuleViolated("cost", "Enter the cost (0 when it cost nothing).");
        notNegative("cost", cost);
        prices = prices == null ? Prices.NONE : prices;
        quantities = quantities == null ? Quantities.NONE : quantities;
    }

    public Family family() {
        return details.family();
    }

    /** The StockID as people read, type and scan it. */
    public String stockId() {
        return Long.toString(stockNumber);
    }

    /** This item with the edited fields; quantities change only through the stock ledger, the StockID never. */
    public Item withDetailsOf(Item edited) {
        if (edited.family() != family()) {
            throw new BusinessRuleViolated("family", "An item stays in its family; add a new item for another family.");
        }
        return new Item(id, stockNumber, edited.store, edited.category, edited.vendor, edited.description, edited.identifiers,
                edited.taxable, edited.purchaseDate, edited.cost, edited.prices,
                new Quantities(quantities.inStock(), quantities.onMemo(), quantities.carats()), edited.details);
    }

    private static void notNegative(String field, BigDecimal amount) {
        if (amount != null && amount.signum() < 0) throw new BusinessRuleViolated(field, "An amount cannot be below zero.");
    }
}
