package com.jeweltrak.inventory.stones;

/**
 * What kind of stone a set stone is (04-inventory §Set Stones R5–R8): it decides the type's default and which
 * fields exist at all — a pearl has no carat weight, clarity or D–Z color; a fancy diamond a fancy color
 * instead of D–Z; a colored stone never a fancy color.
 */
public enum StoneCategory {
    WHITE_DIAMOND("White diamond", "Diamond", true, true, true, false, false),
    FANCY_DIAMOND("Fancy diamond", "Diamond", true, false, true, true, false),
    COLORED_STONE("Colored stone", null, true, true, true, false, false),
    PEARL("Pearl", "Pearl", false, false, false, false, true);

    private final String label;
    private final String defaultType;
    private final boolean carats;
    private final boolean color;
    private final boolean clarity;
    private final boolean fancyColor;
    private final boolean size;

    StoneCategory(String label, String defaultType, boolean carats, boolean color, boolean clarity, boolean fancyColor,
                  boolean size) {
        this.label = label;
        this.defaultType = defaultType;
        this.carats = carats;
        this.color = color;
        this.clarity = clarity;
        this.fancyColor = fancyColor;
        this.size = size;
    }

    public String label() {
        return label;
    }

    /** Type defaults to Diamond / Pearl; a colored stone's species is typed. */
    public String defaultType() {
        return defaultType;
    }

    public boolean hasCarats() {
        return carats;
    }

    public boolean hasColor() {
        return color;
    }

    /** White diamonds grade color D–Z; colored stones describe a hue. */
    public boolean hasLetterColor() {
        return this == WHITE_DIAMOND;
    }

    public boolean hasClarity() {
        return clarity;
    }

    public boolean hasFancyColor() {
        return fancyColor;
    }

    /** Pearls are measured in millimetres. */
    public boolean hasSize() {
        return size;
    }

    public boolean isDiamond() {
        return this == WHITE_DIAMOND || this == FANCY_DIAMOND;
    }

    public static java.util.Optional<StoneCategory> parse(String value) {
        if (value == null || value.isBlank()) return java.util.Optional.empty();
        String v = value.trim().toUpperCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_');
        return java.util.Arrays.stream(values()).filter(c -> c.name().equals(v)).findFirst();
    }
}
