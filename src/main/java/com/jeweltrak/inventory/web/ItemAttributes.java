package com.jeweltrak.inventory.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.jeweltrak.inventory.AllowedValues;
import com.jeweltrak.inventory.ColoredStoneDetails;
import com.jeweltrak.inventory.DiamondDetails;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.PearlDetails;
import com.jeweltrak.inventory.WatchDetails;

/** The family's attributes as the item page and its peek show them: label and value, blanks left out. */
record ItemAttributes(String label, String value) {

    static List<ItemAttributes> of(Item item) {
        List<ItemAttributes> rows = new ArrayList<>();
        switch (item.details()) {
            case JewelryDetails j -> {
                add(rows, "Metal", j.metal());
                add(rows, "Karat", j.karat());
                add(rows, "Metal weight", unit(j.metalWeightGrams(), " g"));
                add(rows, "Ring size", unit(j.ringSize(), ""));
                add(rows, "Length", unit(j.lengthInches(), " in"));
                add(rows, "Gender", AllowedValues.label(AllowedValues.GENDERS, j.gender()));
                add(rows, "Condition", AllowedValues.label(AllowedValues.JEWELRY_CONDITIONS, j.condition()));
            }
            case WatchDetails w -> {
                add(rows, "Brand", w.brand());
                add(rows, "Model", w.model());
                add(rows, "Reference", w.referenceNumber());
                add(rows, "Year", w.year() == null ? null : w.year().toString());
                add(rows, "Case", w.caseMaterial());
                add(rows, "Case size", unit(w.caseSizeMm(), " mm"));
                add(rows, "Dial", w.dialColor());
                add(rows, "Bezel", w.bezel());
                add(rows, "Bracelet / strap", w.bracelet());
                add(rows, "Movement", AllowedValues.label(AllowedValues.MOVEMENTS, w.movement()));
                add(rows, "Box / papers", (w.box() ? "Box" : "No box") + " · " + (w.papers() ? "papers" : "no papers"));
                add(rows, "Condition", AllowedValues.label(AllowedValues.WATCH_CONDITIONS, w.condition()));
                add(rows, "Gender", AllowedValues.label(AllowedValues.GENDERS, w.gender()));
            }
            case DiamondDetails d -> {
                add(rows, "Carats", Carats.text(item.quantities().carats()) + " ct");
                add(rows, "Shape", d.shape());
                add(rows, "Color", "FANCY".equals(d.colorClass()) ? d.fancyColor() : d.color());
                add(rows, "Clarity", d.clarity());
                add(rows, "Cut", AllowedValues.label(AllowedValues.GRADES, d.cut()));
                add(rows, "Polish", AllowedValues.label(AllowedValues.GRADES, d.polish()));
                add(rows, "Symmetry", AllowedValues.label(AllowedValues.GRADES, d.symmetry()));
                add(rows, "Fluorescence", AllowedValues.label(AllowedValues.FLUORESCENCES, d.fluorescence()));
                add(rows, "Lab", AllowedValues.label(AllowedValues.DIAMOND_LABS, d.lab()));
                add(rows, "Certificate", d.certNumber());
                add(rows, "Measurements", measurements(d.lengthMm(), d.widthMm(), d.depthMm()));
                add(rows, "Depth / table", d.depthPct() == null && d.tablePct() == null ? null
                        : unit(d.depthPct(), "%") + " / " + unit(d.tablePct(), "%"));
                add(rows, "Origin", AllowedValues.label(AllowedValues.DIAMOND_ORIGINS, d.origin()));
                add(rows, "Pieces", d.pieces() == 1 ? null : Integer.toString(d.pieces()));
            }
            case ColoredStoneDetails c -> {
                add(rows, "Species", c.species());
                add(rows, "Variety", c.variety());
                add(rows, "Carats", Carats.text(item.quantities().carats()) + " ct");
                add(rows, "Shape / cut", join(c.shape(), c.cut()));
                add(rows, "Color", c.color());
                add(rows, "Clarity", c.clarity());
                add(rows, "Origin", c.origin());
                add(rows, "Treatment", AllowedValues.label(AllowedValues.TREATMENTS, c.treatment()));
                add(rows, "Lab", AllowedValues.label(AllowedValues.STONE_LABS, c.lab()));
                add(rows, "Certificate", c.certNumber());
                add(rows, "Measurements", measurements(c.lengthMm(), c.widthMm(), c.depthMm()));
                add(rows, "Pieces", c.pieces() == 1 ? null : Integer.toString(c.pieces()));
            }
            case PearlDetails p -> {
                add(rows, "Type", AllowedValues.label(AllowedValues.PEARL_TYPES, p.type()));
                add(rows, "Size", p.sizeFromMm() == null ? null : p.sizeToMm() == null ? unit(p.sizeFromMm(), " mm")
                        : unit(p.sizeFromMm(), "") + " – " + unit(p.sizeToMm(), " mm"));
                add(rows, "Weight", unit(p.weightMomme(), " momme"));
                add(rows, "Shape", AllowedValues.label(AllowedValues.PEARL_SHAPES, p.shape()));
                add(rows, "Body color", p.bodyColor());
                add(rows, "Overtone", p.overtone());
                add(rows, "Luster", AllowedValues.label(AllowedValues.LUSTERS, p.luster()));
                add(rows, "Surface", p.surface());
                add(rows, "Nacre", p.nacre());
                add(rows, "Strand length", unit(p.strandLengthInches(), " in"));
                add(rows, "Pearls", p.pearlCount() == null ? null : p.pearlCount().toString());
            }
        }
        return rows;
    }

    private static void add(List<ItemAttributes> rows, String label, String value) {
        if (value != null && !value.isBlank()) rows.add(new ItemAttributes(label, value));
    }

    private static String unit(BigDecimal value, String unit) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString() + unit;
    }

    private static String measurements(BigDecimal l, BigDecimal w, BigDecimal d) {
        if (l == null && w == null && d == null) return null;
        return unit(l, "") + " × " + unit(w, "") + " × " + unit(d, " mm");
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " / " + b;
    }
}
