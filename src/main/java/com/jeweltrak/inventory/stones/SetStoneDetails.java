package com.jeweltrak.inventory.stones;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.jeweltrak.inventory.AllowedValues;
import com.jeweltrak.platform.BusinessRuleViolated;

/**
 * What is recorded about a set stone, checked against its category (§Set Stones table, R6–R8): a field the
 * category does not have is refused, not silently dropped, so an API client learns its mistake.
 */
public record SetStoneDetails(StoneCategory category, String type, int quantity, BigDecimal caratWeight, String shape,
                              String color, String clarity, String fancyColor, BigDecimal sizeMm, String lab,
                              String certNumber) {

    static final List<String> LABS = List.of("GIA", "IGI", "AGS", "HRD", "GCAL", "AGL", "GRS", "SSEF", "GUBELIN", "OTHER");

    public SetStoneDetails {
        if (category == null) throw new BusinessRuleViolated("category", "Choose the stone's category first.");
        type = text(type);
        if (type == null) type = category.defaultType();
        if (type == null) throw new BusinessRuleViolated("type", "Type the species, like Ruby or Sapphire.");
        if (quantity < 1) throw new BusinessRuleViolated("quantity", "A set stone row has at least one stone.");
        if (quantity > 10000) throw new BusinessRuleViolated("quantity", "At most 10,000 stones in one row.");
        shape = text(shape);
        color = text(color);
        clarity = text(clarity);
        fancyColor = text(fancyColor);
        refuseAbsent(category.hasCarats(), "caratWeight", caratWeight, category.label() + "s are not weighed in carats.");
        refuseAbsent(category.hasColor(), "color", color, category == StoneCategory.FANCY_DIAMOND
                ? "A fancy diamond has no D–Z color; describe it under Fancy color." : "A pearl has no D–Z color.");
        refuseAbsent(category.hasClarity(), "clarity", clarity, "A pearl has no clarity grade.");
        refuseAbsent(category.hasFancyColor(), "fancyColor", fancyColor, "Only a fancy diamond has a fancy color.");
        refuseAbsent(category.hasSize(), "sizeMm", sizeMm, "Only pearls are sized in millimetres here.");
        if (caratWeight != null && caratWeight.signum() <= 0) {
            throw new BusinessRuleViolated("caratWeight", "The carat weight must be more than 0.");
        }
        if (sizeMm != null && sizeMm.signum() <= 0) throw new BusinessRuleViolated("sizeMm", "The size must be more than 0.");
        if (caratWeight != null && caratWeight.compareTo(BigDecimal.valueOf(10000)) >= 0) {
            throw new BusinessRuleViolated("caratWeight", "Enter the carat weight in carats, below 10,000.");
        }
        if (sizeMm != null && sizeMm.compareTo(BigDecimal.valueOf(1000)) >= 0) {
            throw new BusinessRuleViolated("sizeMm", "Enter the size in millimetres, below 1,000.");
        }
        if (color != null && category.hasLetterColor()) color = oneOf("color", color, AllowedValues.DIAMOND_COLORS);
        if (clarity != null && category.isDiamond()) clarity = oneOf("clarity", clarity, AllowedValues.CLARITIES);
        lab = text(lab);
        if (lab != null) {
            String key = lab.toUpperCase(Locale.ROOT).replace("Ü", "U");
            if (!LABS.contains(key)) throw new BusinessRuleViolated("lab", "Choose one of: " + String.join(", ", LABS) + ".");
            lab = key;
        }
        certNumber = text(certNumber);
        if (certNumber != null && lab == null) {
            throw new BusinessRuleViolated("lab", "Say which lab issued certificate " + certNumber + ".");
        }
        atMost("type", type, 60);
        atMost("shape", shape, 40);
        atMost("color", color, 40);
        atMost("clarity", clarity, 40);
        atMost("fancyColor", fancyColor, 60);
        atMost("certNumber", certNumber, 40);
    }

    private static void refuseAbsent(boolean has, String field, Object value, String message) {
        if (!has && value != null) throw new BusinessRuleViolated(field, message);
    }

    private static String oneOf(String field, String value, List<AllowedValues.Choice> allowed) {
        return allowed.stream().map(AllowedValues.Choice::value).filter(v -> v.equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new BusinessRuleViolated(field, "Choose one of: "
                        + String.join(", ", allowed.stream().map(AllowedValues.Choice::label).toList()) + "."));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static void atMost(String field, String value, int characters) {
        if (value != null && value.length() > characters) {
            throw new BusinessRuleViolated(field, "Keep this to " + characters + " characters.");
        }
    }

    /** "Diamond 0.50 ct Round G VS1" — how a row reads in a list or a print. */
    public String summary() {
        StringBuilder s = new StringBuilder(Objects.requireNonNullElse(type, category.label()));
        if (caratWeight != null) s.append(' ').append(caratWeight.stripTrailingZeros().toPlainString()).append(" ct");
        if (sizeMm != null) s.append(' ').append(sizeMm.stripTrailingZeros().toPlainString()).append(" mm");
        for (String part : new String[] {shape, fancyColor, color, clarity}) if (part != null) s.append(' ').append(part);
        return s.toString();
    }
}
