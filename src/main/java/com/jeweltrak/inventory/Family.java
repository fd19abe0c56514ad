package com.jeweltrak.inventory;

import java.util.Arrays;
import java.util.Optional;

/** The five inventory families (04-inventory §0 ItemType / StockType). */
public enum Family {
    JEWELRY('J', "Jewelry", "Jewelry", "jewelry", "jewelry", "Inventory"),
    WATCH('W', "Watch", "Watches", "watches", "watch", "Watches"),
    DIAMOND('D', "Diamond", "Diamonds", "diamonds", "diamond", "Diamonds"),
    COLORED_STONE('C', "Colored stone", "Colored stones", "colored-stones", "colored-stone", "ColoredStones"),
    PEARL('P', "Pearl", "Pearls", "pearls", "pearl", "Pearls");

    private final char code;
    private final String label;
    private final String plural;
    private final String slug;
    private final String recordType;
    private final String permissionModule;

    Family(char code, String label, String plural, String slug, String recordType, String permissionModule) {
        this.code = code;
        this.label = label;
        this.plural = plural;
        this.slug = slug;
        this.recordType = recordType;
        this.permissionModule = permissionModule;
    }

    /** The search and Quick Peek record type of the family's items: /peek/diamond/{id}. */
    public String recordType() {
        return recordType;
    }

    /** The permission to see this family's items (10-settings §Permissions: Inventory = jewelry). */
    public String viewPermission() {
        return permissionModule + ".View";
    }

    public String permission(String action) {
        return permissionModule + "." + action;
    }

    /** J, W, D, C or P — the stock type stored and shown on reports. */
    public char code() {
        return code;
    }

    public String label() {
        return label;
    }

    public String plural() {
        return plural;
    }

    /** The family's part of URLs: /inventory/diamonds. */
    public String slug() {
        return slug;
    }

    /** Loose stones carry a carat weight that is reconciled like a quantity. */
    public boolean isStone() {
        return this == DIAMOND || this == COLORED_STONE;
    }

    public static Family ofCode(char code) {
        return Arrays.stream(values()).filter(f -> f.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No family " + code));
    }

    public static Optional<Family> ofSlug(String slug) {
        return Arrays.stream(values()).filter(f -> f.slug.equals(slug)).findFirst();
    }

    public static Optional<Family> parse(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        String v = value.trim();
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(v) || f.slug.equalsIgnoreCase(v)
                || (v.length() == 1 && Character.toUpperCase(v.charAt(0)) == f.code)).findFirst();
    }
}
