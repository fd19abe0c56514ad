package com.jeweltrak.inventory.styles;

import java.math.BigDecimal;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.Family;
import com.jeweltrak.platform.BusinessRuleViolated;

/**
 * A design the shop makes items from (04-inventory §Style Catalog): a master record with no StockID and no
 * quantity (R1), whose values a new item copies once (R4, R8). Field names are the form's, so a refusal lands
 * beside its field.
 */
public record Style(
        StyleId id,
        String styleNumber,
        Family family,
        String description,
        ContactId vendor,
        String category,
        String metal,
        String karat,
        BigDecimal weightMinGrams,
        BigDecimal weightMaxGrams,
        String dimensions,
        BigDecimal defaultCost,
        BigDecimal defaultRetail,
        String notes,
        boolean active) {

    public Style {
        styleNumber = text(styleNumber);
        if (styleNumber == null) throw new BusinessRuleViolated("styleNumber", "Enter the style number.");
        if (styleNumber.length() > 40) throw new BusinessRuleViolated("styleNumber", "Keep the style number to 40 characters.");
        if (family == null) throw new BusinessRuleViolated("family", "Choose the family items of this style belong to.");
        description = text(description);
        category = text(category);
        metal = text(metal);
        karat = text(karat);
        dimensions = text(dimensions);
        notes = text(notes);
        positive("weightMinGrams", weightMinGrams);
        positive("weightMaxGrams", weightMaxGrams);
        if (weightMinGrams != null && weightMaxGrams != null && weightMaxGrams.compareTo(weightMinGrams) < 0) {
            throw new BusinessRuleViolated("weightMaxGrams", "The largest weight cannot be below the smallest.");
        }
        notNegative("defaultCost", defaultCost);
        notNegative("defaultRetail", defaultRetail);
    }

    /** A family as forms and the API name it ("colored-stone", as item record types do), or by slug, name or code. */
    public static java.util.Optional<Family> family(String value) {
        if (value == null) return java.util.Optional.empty();
        return java.util.Arrays.stream(Family.values()).filter(f -> f.recordType().equalsIgnoreCase(value.trim())).findFirst()
                .or(() -> Family.parse(value));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static void positive(String field, BigDecimal value) {
        if (value != null && value.signum() <= 0) throw new BusinessRuleViolated(field, "A weight must be more than 0.");
    }

    private static void notNegative(String field, BigDecimal amount) {
        if (amount != null && amount.signum() < 0) throw new BusinessRuleViolated(field, "An amount cannot be below zero.");
    }
}
