package com.jeweltrak.inventory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.jeweltrak.platform.BusinessRuleViolated;

/**
 * The fixed choices of the family attributes (04-inventory §Adding Inventory Items), value as stored →
 * as shown. Open lists (metal, shape, category…) are pick lists people extend; these are the closed ones
 * a value outside of which is a typing mistake.
 */
public final class AllowedValues {

    public record Choice(String value, String label) {
    }

    public static final List<Choice> GENDERS = choices("LADIES", "Ladies", "GENTS", "Gents", "UNISEX", "Unisex");
    public static final List<Choice> JEWELRY_CONDITIONS = choices("NEW", "New", "ESTATE", "Estate / pre-owned");
    public static final List<Choice> WATCH_CONDITIONS = choices("NEW", "New", "UNWORN", "Pre-owned, unworn", "PRE_OWNED", "Pre-owned");
    public static final List<Choice> MOVEMENTS = choices("AUTOMATIC", "Automatic", "MANUAL", "Manual wind", "QUARTZ", "Quartz");
    public static final List<Choice> COLOR_CLASSES = choices("WHITE", "White", "FANCY", "Fancy color");
    public static final List<Choice> DIAMOND_COLORS = letters('D', 'Z');
    public static final List<Choice> CLARITIES = choices("FL", "FL", "IF", "IF", "VVS1", "VVS1", "VVS2", "VVS2", "VS1", "VS1",
            "VS2", "VS2", "SI1", "SI1", "SI2", "SI2", "SI3", "SI3", "I1", "I1", "I2", "I2", "I3", "I3");
    public static final List<Choice> GRADES = choices("EXCELLENT", "Excellent / Ideal", "VERY_GOOD", "Very good", "GOOD", "Good",
            "FAIR", "Fair", "POOR", "Poor");
    public static final List<Choice> FLUORESCENCES = choices("NONE", "None", "FAINT", "Faint", "MEDIUM", "Medium",
            "STRONG", "Strong", "VERY_STRONG", "Very strong");
    public static final List<Choice> DIAMOND_LABS = choices("GIA", "GIA", "IGI", "IGI", "AGS", "AGS", "HRD", "HRD",
            "GCAL", "GCAL", "OTHER", "Other", "NONE", "None");
    public static final List<Choice> STONE_LABS = choices("GIA", "GIA", "AGL", "AGL", "GRS", "GRS", "SSEF", "SSEF",
            "GUBELIN", "Gübelin", "IGI", "IGI", "OTHER", "Other", "NONE", "None");
    public static final List<Choice> DIAMOND_ORIGINS = choices("NATURAL", "Natural", "LAB_GROWN", "Lab-grown");
    public static final List<Choice> TREATMENTS = choices("NONE", "None", "HEATED", "Heated", "OILED", "Oiled",
            "FILLED", "Filled", "DIFFUSED", "Diffused", "OTHER", "Other");
    public static final List<Choice> PEARL_TYPES = choices("AKOYA", "Akoya", "FRESHWATER", "Freshwater",
            "SOUTH_SEA", "South Sea", "TAHITIAN", "Tahitian", "OTHER", "Other");
    public static final List<Choice> PEARL_SHAPES = choices("ROUND", "Round", "NEAR_ROUND", "Near-round", "OVAL", "Oval",
            "BUTTON", "Button", "DROP", "Drop", "BAROQUE", "Baroque", "CIRCLE", "Circlé");
    public static final List<Choice> LUSTERS = GRADES;

    private AllowedValues() {
    }

    /** The stored value of a closed choice (case-insensitive as typed), null when blank; anything else is refused. */
    static String require(String field, String value, List<Choice> allowed) {
        String v = text(value);
        if (v == null) return null;
        String key = v.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return allowed.stream().map(Choice::value).filter(a -> a.equals(key) || a.equalsIgnoreCase(v)).findFirst()
                .orElseThrow(() -> new BusinessRuleViolated(field, "Choose one of: "
                        + String.join(", ", allowed.stream().map(Choice::label).toList()) + "."));
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A measurement that must be above zero when given. */
    static BigDecimal positive(String field, BigDecimal value, String what) {
        if (value != null && value.signum() <= 0) {
            throw new BusinessRuleViolated(field, what + " must be more than 0.");
        }
        return value;
    }

    static Integer positive(String field, Integer value, String what) {
        if (value != null && value <= 0) throw new BusinessRuleViolated(field, what + " must be at least 1.");
        return value;
    }

    /** A stone's certificate number means nothing without the lab that issued it. */
    static void requireIssuingLab(String lab, String certNumber) {
        if (certNumber != null && (lab == null || "NONE".equals(lab))) {
            throw new BusinessRuleViolated("lab", "Say which lab issued certificate " + certNumber + ".");
        }
    }

    public static String label(List<Choice> choices, String value) {
        if (value == null) return null;
        return choices.stream().filter(c -> c.value().equals(value)).map(Choice::label).findFirst().orElse(value);
    }

    private static List<Choice> choices(String... valuesAndLabels) {
        List<Choice> list = new java.util.ArrayList<>();
        for (int i = 0; i < valuesAndLabels.length; i += 2) list.add(new Choice(valuesAndLabels[i], valuesAndLabels[i + 1]));
        return List.copyOf(list);
    }

    private static List<Choice> letters(char from, char to) {
        List<Choice> list = new java.util.ArrayList<>();
        for (char c = from; c <= to; c++) list.add(new Choice(String.valueOf(c), String.valueOf(c)));
        return List.copyOf(list);
    }
}
