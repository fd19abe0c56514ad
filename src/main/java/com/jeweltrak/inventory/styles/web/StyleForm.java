package com.jeweltrak.inventory.styles.web;

import java.math.BigDecimal;
import java.util.Optional;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.styles.Style;
import com.jeweltrak.inventory.styles.StyleId;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.web.FormErrors;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;

/** The style form as typed (R2); {@code keptVendorId} is the vendor already chosen, kept unless another is picked. */
record StyleForm(
        @Size(max = 40, message = "Keep the style number to 40 characters.") String styleNumber,
        String family,
        @Size(max = 2000, message = "Keep the description to 2,000 characters.") String description,
        Long vendorId, Long keptVendorId,
        @Size(max = 80, message = "Keep the category to 80 characters.") String category,
        @Size(max = 60, message = "Keep the metal to 60 characters.") String metal,
        @Size(max = 20, message = "Keep the karat to 20 characters.") String karat,
        BigDecimal weightMinGrams, BigDecimal weightMaxGrams,
        @Size(max = 200, message = "Keep the dimensions to 200 characters.") String dimensions,
        BigDecimal defaultCost, BigDecimal defaultRetail,
        @Size(max = 4000, message = "Keep notes to 4,000 characters.") String notes) {

    static StyleForm blank(Family family) {
        return new StyleForm(null, family.recordType(), null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static StyleForm of(Style s) {
        return new StyleForm(s.styleNumber(), s.family().recordType(), s.description(), null,
                s.vendor() == null ? null : s.vendor().value(), s.category(), s.metal(), s.karat(), s.weightMinGrams(),
                s.weightMaxGrams(), s.dimensions(), s.defaultCost(), s.defaultRetail(), s.notes());
    }

    Long vendor() {
        return vendorId != null ? vendorId : keptVendorId;
    }

    /** The style as typed, or empty with the refusal beside its field. */
    Optional<Style> toStyle(StyleId id, boolean active, BindingResult result) {
        if (result.hasErrors()) return Optional.empty();
        try {
            return Optional.of(new Style(id, styleNumber, Style.family(family).orElse(null), description,
                    vendor() == null ? null : new ContactId(vendor()), category, metal, karat, weightMinGrams,
                    weightMaxGrams, dimensions, defaultCost, defaultRetail, notes, active));
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(result, violation);
            return Optional.empty();
        }
    }
}
