package com.jeweltrak.inventory.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.ColoredStoneDetails;
import com.jeweltrak.inventory.DiamondDetails;
import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.FamilyDetails;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.PearlDetails;
import com.jeweltrak.inventory.WatchDetails;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.web.FormErrors;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * The new / edit item page as typed: the shared fields and every family's attributes, of which the page shows
 * only the item's family (R2). Field names are those the family records name in their refusals, so a refused
 * value lands beside its own field; nothing typed is lost.
 */
record ItemForm(
        String family,
        Long storeId,
        @Size(max = 80, message = "Keep the category to 80 characters.") String category,
        Long vendorId,
        /** the vendor already on the item (or picked before a refused save), kept unless another is picked */
        Long keptVendorId,
        @Size(max = 2000, message = "Keep the description to 2,000 characters.") String description,
        BigDecimal cost, BigDecimal price1, BigDecimal price2, BigDecimal price3, BigDecimal retailPrice,
        BigDecimal quantity, BigDecimal carats,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate purchaseDate,
        @Size(max = 80) String serialNumber, @Size(max = 80) String location, @Size(max = 80) String vendorInvoiceRef,
        @Size(max = 4000, message = "Keep notes to 4,000 characters.") String notes,
        Boolean taxable,
        // jewelry
        @Size(max = 60) String metal, @Size(max = 20) String karat, BigDecimal metalWeightGrams, BigDecimal ringSize,
        BigDecimal lengthInches, String gender, String condition,
        // watch
        @Size(max = 60) String brand, @Size(max = 80) String model, @Size(max = 60) String referenceNumber, Integer year,
        @Size(max = 60) String caseMaterial, BigDecimal caseSizeMm, @Size(max = 60) String dialColor,
        @Size(max = 60) String bezel, @Size(max = 60) String bracelet, String movement, Boolean box, Boolean papers,
        // diamond and colored stone (shape, color, clarity, cut, origin, lab, measurements are shared by name)
        String colorClass, @Size(max = 40) String shape, @Size(max = 60) String color, @Size(max = 80) String fancyColor,
        @Size(max = 40) String clarity, @Size(max = 40) String cut, String polish, String symmetry, String fluorescence,
        String lab, @Size(max = 40) String certNumber, BigDecimal lengthMm, BigDecimal widthMm, BigDecimal depthMm,
        BigDecimal depthPct, BigDecimal tablePct, @Size(max = 60) String origin, Integer pieces,
        @Size(max = 60) String species, @Size(max = 60) String variety, String treatment,
        // pearl
        String pearlType, BigDecimal sizeFromMm, BigDecimal sizeToMm, BigDecimal weightMomme, @Size(max = 60) String bodyColor,
        @Size(max = 60) String overtone, String luster, @Size(max = 60) String surface, @Size(max = 60) String nacre,
        BigDecimal strandLengthInches, Integer pearlCount) {

    /** Switches a client did not send are off, not binding errors. */
    ItemForm {
        taxable = Boolean.TRUE.equals(taxable);
        box = Boolean.TRUE.equals(box);
        papers = Boolean.TRUE.equals(papers);
    }

    /** A new item: one piece, in the current store, bought today (R7, R13), taxable. */
    static ItemForm blank(Family family, Long store, LocalDate today) {
        return new ItemForm(family.recordType(), store, null, null, null, null, null, null, null, null, null, BigDecimal.ONE, null,
                today, null, null, null, null, true,
                null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, false, false,
                family == Family.DIAMOND ? "WHITE" : null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, family == Family.DIAMOND ? "NATURAL" : null, 1, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
    }

    static ItemForm of(Item i) {
        Item.Identifiers id = i.identifiers();
        JewelryDetails j = i.details() instanceof JewelryDetails x ? x : JewelryDetails.NONE;
        WatchDetails w = i.details() instanceof WatchDetails x ? x : WatchDetails.NONE;
        PearlDetails p = i.details() instanceof PearlDetails x ? x : PearlDetails.NONE;
        DiamondDetails d = i.details() instanceof DiamondDetails x ? x : null;
        ColoredStoneDetails c = i.details() instanceof ColoredStoneDetails x ? x : null;
        return new ItemForm(i.family().recordType(), i.store().value(), i.category(),
                null, i.vendor() == null ? null : i.vendor().value(), i.description(), i.cost(), i.prices().price1(),
                i.prices().price2(), i.prices().price3(), i.prices().retail(), null, null, i.purchaseDate(),
                id.serialNumber(), id.location(), id.vendorInvoiceRef(), id.notes(), i.taxable(),
                j.metal(), j.karat(), j.metalWeightGrams(), j.ringSize(), j.lengthInches(),
                switch (i.details()) { case JewelryDetails x -> x.gender(); case WatchDetails x -> x.gender(); default -> null; },
                switch (i.details()) { case JewelryDetails x -> x.condition(); case WatchDetails x -> x.condition(); default -> null; },
                w.brand(), w.model(), w.referenceNumber(), w.year(), w.caseMaterial(), w.caseSizeMm(), w.dialColor(),
                w.bezel(), w.bracelet(), w.movement(), w.box(), w.papers(),
                d == null ? null : d.colorClass(),
                d != null ? d.shape() : c != null ? c.shape() : p.shape(),
                d != null ? d.color() : c != null ? c.color() : null,
                d == null ? null : d.fancyColor(),
                d != null ? d.clarity() : c != null ? c.clarity() : null,
                d != null ? d.cut() : c != null ? c.cut() : null,
                d == null ? null : d.polish(), d == null ? null : d.symmetry(), d == null ? null : d.fluorescence(),
                d != null ? d.lab() : c != null ? c.lab() : null,
                d != null ? d.certNumber() : c != null ? c.certNumber() : null,
                d != null ? d.lengthMm() : c != null ? c.lengthMm() : null,
                d != null ? d.widthMm() : c != null ? c.widthMm() : null,
                d != null ? d.depthMm() : c != null ? c.depthMm() : null,
                d == null ? null : d.depthPct(), d == null ? null : d.tablePct(),
                d != null ? d.origin() : c != null ? c.origin() : null,
                d != null ? Integer.valueOf(d.pieces()) : c != null ? Integer.valueOf(c.pieces()) : null,
                c == null ? null : c.species(), c == null ? null : c.variety(), c == null ? null : c.treatment(),
                p.type(), p.sizeFromMm(), p.sizeToMm(), p.weightMomme(), p.bodyColor(), p.overtone(), p.luster(),
                p.surface(), p.nacre(), p.strandLengthInches(), p.pearlCount());
    }

    /**
     * The item as typed, or empty with every refusal beside its field. The family records check their own
     * values and name the field they refuse; the shared fields are checked by {@link Item}.
     */
    Optional<Item> toItem(Family family, BindingResult result) {
        FamilyDetails details = attempt(result, () -> details(family));
        if (storeId == null && !result.hasFieldErrors("storeId")) {
            result.rejectValue("storeId", "required", "Choose the store the item is in.");
        }
        Item.Prices prices = attempt(result, () -> new Item.Prices(price1, price2, price3, retailPrice));
        if (details == null || prices == null || result.hasErrors()) {
            // the shared fields are checked too, so their refusal shows with the family's
            attempt(result, () -> new Item(null, 0, new StoreId(0), category, null, null, null, false, purchaseDate, cost,
                    null, null, JewelryDetails.NONE));
            return Optional.empty();
        }
        return Optional.ofNullable(attempt(result, () -> new Item(null, 0, new StoreId(storeId), category,
                vendor() == null ? null : new ContactId(vendor()), description,
                new Item.Identifiers(serialNumber, location, vendorInvoiceRef, notes), taxable, purchaseDate, cost, prices,
                null, details)));
    }

    /** A vendor picked now wins over the one the item had. */
    Long vendor() {
        return vendorId != null ? vendorId : keptVendorId;
    }

    /** What a new item is received with: the quantity, and the carat weight of loose stones (R7). */
    Optional<NewStock> toNewStock(Family family, BindingResult result) {
        if (result.hasFieldErrors("quantity") || result.hasFieldErrors("carats")) return Optional.empty();
        if (family.isStone() && carats == null) {
            result.rejectValue("carats", "required", "Enter the carat weight; it must be more than 0.");
            return Optional.empty();
        }
        return Optional.ofNullable(attempt(result, () -> new NewStock(quantity, family.isStone() ? carats : null)));
    }

    private FamilyDetails details(Family family) {
        int lot = pieces == null ? 1 : pieces;
        return switch (family) {
            case JEWELRY -> new JewelryDetails(metal, karat, metalWeightGrams, ringSize, lengthInches, gender, condition);
            case WATCH -> new WatchDetails(brand, model, referenceNumber, year, caseMaterial, caseSizeMm, dialColor, bezel,
                    bracelet, movement, box, papers, condition, gender);
            case DIAMOND -> new DiamondDetails(colorClass, shape, color, fancyColor, clarity, cut, polish, symmetry,
                    fluorescence, lab, certNumber, lengthMm, widthMm, depthMm, depthPct, tablePct, origin, lot);
            case COLORED_STONE -> new ColoredStoneDetails(species, variety, shape, cut, color, clarity, origin, treatment,
                    lab, certNumber, lengthMm, widthMm, depthMm, lot);
            case PEARL -> new PearlDetails(pearlType, sizeFromMm, sizeToMm, weightMomme, shape, bodyColor, overtone, luster,
                    surface, nacre, strandLengthInches, pearlCount);
        };
    }

    private static <T> T attempt(BindingResult result, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (BusinessRuleViolated violation) {
            reject(result, violation);
            return null;
        }
    }

    /** A refusal beside its field, unless binding already put an error there (a typed "abc" says that first). */
    static void reject(BindingResult result, BusinessRuleViolated violation) {
        if (violation.field() != null && result.hasFieldErrors(violation.field())) return;
        FormErrors.reject(result, violation);
    }
}
