package com.jeweltrak.inventory.descriptions;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.jeweltrak.inventory.AllowedValues;
import com.jeweltrak.inventory.Family;

/**
 * The facts of an item a description is made from, by token name (04-inventory §Generating Descriptions R2, R6):
 * read from the item form's values as typed, so they work on an unsaved item (R3). Closed choices are shown
 * by their labels ("Very good", not VERY_GOOD); a blank value is simply absent.
 */
public final class ItemFacts {

    /** One token: its name in a template ({metal}), its label for the AI prompt, and how to read it from the form. */
    record Token(String name, String label, Function<Map<String, String>, String> read) {
    }

    private static final List<Token> COMMON = List.of(
            token("category", "Category", p -> p.get("category")),
            token("stockId", "StockID", p -> p.get("stockId")),
            token("serialNumber", "Serial number", p -> p.get("serialNumber")));

    private static final Map<Family, List<Token>> BY_FAMILY = Map.of(
            Family.JEWELRY, List.of(
                    token("metal", "Metal", p -> p.get("metal")),
                    token("karat", "Karat / purity", p -> p.get("karat")),
                    token("weight", "Metal weight", p -> unit(p.get("metalWeightGrams"), " g")),
                    token("ringSize", "Ring size", p -> number(p.get("ringSize"))),
                    token("length", "Length", p -> unit(p.get("lengthInches"), " in")),
                    token("gender", "Gender", p -> label(AllowedValues.GENDERS, p.get("gender"))),
                    token("condition", "Condition", p -> label(AllowedValues.JEWELRY_CONDITIONS, p.get("condition"))),
                    token("carats", "Total carat weight", p -> unit(p.get("carats"), " ct"))),
            Family.WATCH, List.of(
                    token("brand", "Brand", p -> p.get("brand")),
                    token("model", "Model", p -> p.get("model")),
                    token("reference", "Reference number", p -> p.get("referenceNumber")),
                    token("year", "Year", p -> p.get("year")),
                    token("caseMaterial", "Case material", p -> p.get("caseMaterial")),
                    token("caseSize", "Case size", p -> unit(p.get("caseSizeMm"), " mm")),
                    token("dialColor", "Dial color", p -> p.get("dialColor")),
                    token("bezel", "Bezel", p -> p.get("bezel")),
                    token("bracelet", "Bracelet / strap", p -> p.get("bracelet")),
                    token("movement", "Movement", p -> label(AllowedValues.MOVEMENTS, p.get("movement"))),
                    token("gender", "Gender", p -> label(AllowedValues.GENDERS, p.get("gender"))),
                    token("condition", "Condition", p -> label(AllowedValues.WATCH_CONDITIONS, p.get("condition")))),
            Family.DIAMOND, List.of(
                    token("carats", "Carat weight", p -> unit(p.get("carats"), " ct")),
                    token("shape", "Shape", p -> p.get("shape")),
                    token("color", "Color", p -> first(p.get("color"), p.get("fancyColor"))),
                    token("clarity", "Clarity", p -> p.get("clarity")),
                    token("cut", "Cut", p -> label(AllowedValues.GRADES, p.get("cut"))),
                    token("polish", "Polish", p -> label(AllowedValues.GRADES, p.get("polish"))),
                    token("symmetry", "Symmetry", p -> label(AllowedValues.GRADES, p.get("symmetry"))),
                    token("fluorescence", "Fluorescence", p -> label(AllowedValues.FLUORESCENCES, p.get("fluorescence"))),
                    token("lab", "Lab", p -> lab(p.get("lab"))),
                    token("certNumber", "Certificate number", p -> p.get("certNumber")),
                    token("origin", "Origin", p -> label(AllowedValues.DIAMOND_ORIGINS, p.get("origin"))),
                    token("measurements", "Measurements", ItemFacts::measurements)),
            Family.COLORED_STONE, List.of(
                    token("carats", "Carat weight", p -> unit(p.get("carats"), " ct")),
                    token("species", "Species", p -> p.get("species")),
                    token("variety", "Variety", p -> p.get("variety")),
                    token("shape", "Shape", p -> p.get("shape")),
                    token("color", "Color", p -> p.get("color")),
                    token("clarity", "Clarity", p -> p.get("clarity")),
                    token("cut", "Cut", p -> p.get("cut")),
                    token("origin", "Origin", p -> p.get("origin")),
                    token("treatment", "Treatment", p -> label(AllowedValues.TREATMENTS, p.get("treatment"))),
                    token("lab", "Lab", p -> lab(p.get("lab"))),
                    token("certNumber", "Certificate number", p -> p.get("certNumber")),
                    token("measurements", "Measurements", ItemFacts::measurements)),
            Family.PEARL, List.of(
                    token("pearlType", "Pearl type", p -> label(AllowedValues.PEARL_TYPES, p.get("pearlType"))),
                    token("size", "Size", ItemFacts::pearlSize),
                    token("shape", "Shape", p -> label(AllowedValues.PEARL_SHAPES, p.get("shape"))),
                    token("bodyColor", "Body color", p -> p.get("bodyColor")),
                    token("overtone", "Overtone", p -> p.get("overtone")),
                    token("luster", "Luster", p -> label(AllowedValues.LUSTERS, p.get("luster"))),
                    token("length", "Strand length", p -> unit(p.get("strandLengthInches"), " in")),
                    token("count", "Pearl count", p -> p.get("pearlCount"))));

    private ItemFacts() {
    }

    /** The tokens a family's template may use. */
    static List<Token> tokens(Family family) {
        List<Token> all = new java.util.ArrayList<>(COMMON);
        all.addAll(BY_FAMILY.get(family));
        return all;
    }

    public static List<String> tokenNames(Family family) {
        return tokens(family).stream().map(Token::name).toList();
    }

    /** Token → value of the form's non-blank values, in the family's order. */
    public static Map<String, String> of(Family family, Map<String, String> form) {
        Map<String, String> facts = new LinkedHashMap<>();
        tokens(family).forEach(t -> {
            String value = clean(t.read().apply(form));
            if (value != null) facts.put(t.name(), value);
        });
        return facts;
    }

    /** The same facts labelled for a reader: "Metal: White Gold". */
    public static Map<String, String> labelled(Family family, Map<String, String> form) {
        Map<String, String> byName = of(family, form);
        Map<String, String> labelled = new LinkedHashMap<>();
        tokens(family).forEach(t -> {
            if (byName.containsKey(t.name())) labelled.put(t.label(), byName.get(t.name()));
        });
        return labelled;
    }

    private static Token token(String name, String label, Function<Map<String, String>, String> read) {
        return new Token(name, label, read);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String first(String a, String b) {
        return clean(a) != null ? a : b;
    }

    private static String number(String value) {
        if (clean(value) == null) return null;
        try {
            BigDecimal n = new BigDecimal(value.trim()).stripTrailingZeros();
            return (n.scale() < 0 ? n.setScale(0) : n).toPlainString();
        } catch (NumberFormatException e) {
            return value.trim();
        }
    }

    private static String unit(String value, String unit) {
        String n = number(value);
        return n == null ? null : n + unit;
    }

    private static String label(List<AllowedValues.Choice> choices, String value) {
        if (clean(value) == null) return null;
        return choices.stream().filter(c -> c.value().equals(value.trim())).map(AllowedValues.Choice::label).findFirst()
                .orElse(value.trim());
    }

    private static String lab(String value) {
        return clean(value) == null || "NONE".equals(value.trim()) ? null : value.trim();
    }

    private static String measurements(Map<String, String> p) {
        String l = number(p.get("lengthMm"));
        String w = number(p.get("widthMm"));
        String d = number(p.get("depthMm"));
        if (l == null && w == null && d == null) return null;
        return String.join(" × ", java.util.stream.Stream.of(l, w, d).filter(java.util.Objects::nonNull).toList()) + " mm";
    }

    private static String pearlSize(Map<String, String> p) {
        String from = number(p.get("sizeFromMm"));
        String to = number(p.get("sizeToMm"));
        if (from == null && to == null) return null;
        if (from == null || to == null || from.equals(to)) return (from != null ? from : to) + " mm";
        return from + "–" + to + " mm";
    }
}
