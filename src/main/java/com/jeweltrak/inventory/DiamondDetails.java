package com.jeweltrak.inventory;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import com.jeweltrak.platform.BusinessRuleViolated;

import static com.jeweltrak.inventory.AllowedValues.positive;
import static com.jeweltrak.inventory.AllowedValues.require;
import static com.jeweltrak.inventory.AllowedValues.text;

/**
 * A loose diamond: the 4Cs (color D–Z for white, a named fancy color for fancy), finish grades, lab and
 * certificate, measurements, origin; a parcel has more than one piece. The carat weight is on the item.
 */
public record DiamondDetails(String colorClass, String shape, String color, String fancyColor, String clarity, String cut,
                             String polish, String symmetry, String fluorescence, String lab, String certNumber,
                             BigDecimal lengthMm, BigDecimal widthMm, BigDecimal depthMm, BigDecimal depthPct,
                             BigDecimal tablePct, String origin, int pieces) implements FamilyDetails {

    public DiamondDetails {
        colorClass = require("colorClass", colorClass == null ? "WHITE" : colorClass, AllowedValues.COLOR_CLASSES);
        shape = text(shape);
        color = require("color", color, AllowedValues.DIAMOND_COLORS);
        fancyColor = text(fancyColor);
        if ("FANCY".equals(colorClass) && color != null) {
            throw new BusinessRuleViolated("color", "A fancy diamond has no D–Z color; describe it under Fancy color.");
        }
        if ("WHITE".equals(colorClass) && fancyColor != null) {
            throw new BusinessRuleViolated("fancyColor", "Only a fancy diamond has a fancy color.");
        }
        clarity = require("clarity", clarity, AllowedValues.CLARITIES);
        cut = require("cut", cut, AllowedValues.GRADES);
        polish = require("polish", polish, AllowedValues.GRADES);
        symmetry = require("symmetry", symmetry, AllowedValues.GRADES);
        fluorescence = require("fluorescence", fluorescence, AllowedValues.FLUORESCENCES);
        lab = require("lab", lab, AllowedValues.DIAMOND_LABS);
        certNumber = text(certNumber);
        AllowedValues.requireIssuingLab(lab, certNumber);
        positive("lengthMm", lengthMm, "The length");
        positive("widthMm", widthMm, "The width");
        positive("depthMm", depthMm, "The depth");
        percent("depthPct", depthPct);
        percent("tablePct", tablePct);
        origin = require("origin", origin == null ? "NATURAL" : origin, AllowedValues.DIAMOND_ORIGINS);
        if (pieces < 1) throw new BusinessRuleViolated("pieces", "A diamond lot has at least one piece.");
    }

    private static void percent(String field, BigDecimal value) {
        if (value != null && (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(100)) >= 0)) {
            throw new BusinessRuleViolated(field, "Enter a percentage between 0 and 100.");
        }
    }

    @Override
    public Family family() {
        return Family.DIAMOND;
    }

    @Override
    public Map<String, Object> columns() {
        Map<String, Object> c = new HashMap<>();
        c.put("color_class", colorClass);
        c.put("shape", shape);
        c.put("color", color);
        c.put("fancy_color", fancyColor);
        c.put("clarity", clarity);
        c.put("cut", cut);
        c.put("polish", polish);
        c.put("symmetry", symmetry);
        c.put("fluorescence", fluorescence);
        c.put("lab", lab);
        c.put("cert_number", certNumber);
        c.put("length_mm", lengthMm);
        c.put("width_mm", widthMm);
        c.put("depth_mm", depthMm);
        c.put("depth_pct", depthPct);
        c.put("table_pct", tablePct);
        c.put("origin", origin);
        c.put("pieces", pieces);
        return c;
    }
}
