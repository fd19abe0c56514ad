package com.jeweltrak.inventory;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import com.jeweltrak.platform.BusinessRuleViolated;

import static com.jeweltrak.inventory.AllowedValues.positive;
import static com.jeweltrak.inventory.AllowedValues.require;
import static com.jeweltrak.inventory.AllowedValues.text;

/** Pearls, measured in millimetres (a size or a range) and momme — never carats, clarity or D–Z color. */
public record PearlDetails(String type, BigDecimal sizeFromMm, BigDecimal sizeToMm, BigDecimal weightMomme, String shape,
                           String bodyColor, String overtone, String luster, String surface, String nacre,
                           BigDecimal strandLengthInches, Integer pearlCount) implements FamilyDetails {

    public static final PearlDetails NONE = new PearlDetails(null, null, null, null, null, null, null, null, null, null,
            null, null);

    public PearlDetails {
        type = require("pearlType", type, AllowedValues.PEARL_TYPES);
        positive("sizeFromMm", sizeFromMm, "The size");
        positive("sizeToMm", sizeToMm, "The size");
        if (sizeFromMm != null && sizeToMm != null && sizeToMm.compareTo(sizeFromMm) < 0) {
            throw new BusinessRuleViolated("sizeToMm", "The larger size comes second, like 7 – 7.5 mm.");
        }
        positive("weightMomme", weightMomme, "The weight");
        shape = require("shape", shape, AllowedValues.PEARL_SHAPES);
        bodyColor = text(bodyColor);
        overtone = text(overtone);
        luster = require("luster", luster, AllowedValues.LUSTERS);
        surface = text(surface);
        nacre = text(nacre);
        positive("strandLengthInches", strandLengthInches, "The strand length");
        positive("pearlCount", pearlCount, "The number of pearls");
    }

    @Override
    public Family family() {
        return Family.PEARL;
    }

    @Override
    public Map<String, Object> columns() {
        Map<String, Object> c = new HashMap<>();
        c.put("pearl_type", type);
        c.put("size_from_mm", sizeFromMm);
        c.put("size_to_mm", sizeToMm);
        c.put("weight_momme", weightMomme);
        c.put("shape", shape);
        c.put("body_color", bodyColor);
        c.put("overtone", overtone);
        c.put("luster", luster);
        c.put("surface", surface);
        c.put("nacre", nacre);
        c.put("strand_length_in", strandLengthInches);
        c.put("pearl_count", pearlCount);
        return c;
    }
}
