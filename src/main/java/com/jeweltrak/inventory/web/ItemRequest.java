package com.jeweltrak.inventory.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.ColoredStoneDetails;
import com.jeweltrak.inventory.DiamondDetails;
import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.FamilyDetails;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.PearlDetails;
import com.jeweltrak.inventory.WatchDetails;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.web.TypedInput;
import com.jeweltrak.platform.tenancy.StoreId;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An item as the API receives it (04-inventory §0, §Adding Inventory Items): the shared fields, money and weights
 * as decimal strings, and {@code details} with the family's own attributes (the same names the item's JSON shows).
 * {@code quantity} and {@code carats} are read on create only; an edit never changes quantities.
 */
record ItemRequest(
        @Schema(description = "jewelry, watches, diamonds, colored-stones or pearls (or J, W, D, C, P)", example = "jewelry")
        String family,
        @Schema(example = "1") Long storeId,
        @Schema(example = "Ring") String category,
        Long vendorId,
        @Schema(example = "14K yellow gold band") String description,
        String serialNumber,
        String location,
        String vendorInvoiceRef,
        String notes,
        Boolean taxable,
        @Schema(example = "2026-11-01") String purchaseDate,
        @Schema(example = "350.00") String cost,
        @Schema(description = "blank: filled from the store's multipliers on create") String price1,
        String price2,
        String price3,
        String retailPrice,
        @Schema(description = "create only; default 1", example = "1") String quantity,
        @Schema(description = "create only; loose stones' total carat weight", example = "1.015") String carats,
        @Schema(description = "the family's own attributes, e.g. {\"metal\": \"Yellow Gold\", \"karat\": \"14K\"}")
        Map<String, Object> details) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** The family named; a value that is no family is refused naming the field. */
    static Family family(String value) {
        return Family.parse(value).orElseThrow(() -> new BusinessRuleViolated("family", value == null || value.isBlank()
                ? "Say which family: jewelry, watches, diamonds, colored-stones or pearls."
                : "There is no family \"" + value + "\"; use jewelry, watches, diamonds, colored-stones or pearls."));
    }

    /** The item described, of the family given; {@code keptCost} stands in when the caller may not see cost. */
    Item toItem(Family family, BigDecimal keptCost) {
        if (storeId == null) throw new BusinessRuleViolated("storeId", "Say which store the item is in.");
        BigDecimal typedCost = Json.decimal("cost", cost);
        return new Item(null, 0, new StoreId(storeId), category, vendorId == null ? null : new ContactId(vendorId),
                description, new Item.Identifiers(serialNumber, location, vendorInvoiceRef, notes),
                taxable == null || taxable, date(), typedCost == null ? keptCost : typedCost,
                new Item.Prices(Json.decimal("price1", price1), Json.decimal("price2", price2), Json.decimal("price3", price3),
                        Json.decimal("retailPrice", retailPrice)),
                null, details(family));
    }

    private LocalDate date() {
        return TypedInput.date("purchaseDate", purchaseDate);
    }

    private FamilyDetails details(Family family) {
        Map<String, Object> given = new LinkedHashMap<>(details == null ? Map.of() : details);
        if (family == Family.DIAMOND || family == Family.COLORED_STONE) given.putIfAbsent("pieces", 1);
        if (family == Family.WATCH) {
            given.putIfAbsent("box", false);
            given.putIfAbsent("papers", false);
        }
        Class<? extends FamilyDetails> type = switch (family) {
            case JEWELRY -> JewelryDetails.class;
            case WATCH -> WatchDetails.class;
            case DIAMOND -> DiamondDetails.class;
            case COLORED_STONE -> ColoredStoneDetails.class;
            case PEARL -> PearlDetails.class;
        };
        try {
            return JSON.convertValue(given, type);
        } catch (JacksonException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof BusinessRuleViolated violation) throw violation;
            }
            if (e instanceof UnrecognizedPropertyException unknown) {
                throw new BusinessRuleViolated("details." + unknown.getPropertyName(),
                        "A " + family.label().toLowerCase() + " has no attribute \"" + unknown.getPropertyName() + "\".");
            }
            String field = e.getPath().isEmpty() ? "details" : "details." + e.getPath().getLast().getPropertyName();
            throw new BusinessRuleViolated(field, "This value is not valid here.");
        }
    }
}
