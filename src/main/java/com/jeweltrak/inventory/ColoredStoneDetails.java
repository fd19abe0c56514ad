package com.jeweltrak.inventory;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import com.jeweltrak.platform.BusinessRuleViolated;

import static com.jeweltrak.inventory.AllowedValues.positive;
import static com.jeweltrak.inventory.AllowedValues.require;
import static com.jeweltrak.inventory.AllowedValues.text;

/** A loose colored stone: species typed (Ruby, Sapphire…), variety, origin, treatment, lab and certificate. */
public record ColoredStoneDetails(String species, String variety, String shape, String cut, String color, String clarity,
                                  String origin, String treatment, String lab, String certNumber, BigDecimal lengthMm,
                                  BigDecimal widthMm, BigDecimal depthMm, int pieces) implements FamilyDetails {

    public ColoredStoneDetails {
        species = text(species);
        if (species == null) throw new BusinessRuleViolated("species", "Type the species, like Ruby or Sapphire.");
        variety = text(variety);
        shape = text(shape);
        cut = text(cut);
        color = text(color);
        clarity = text(clarity);
        origin = text(origin);
        treatment = require("treatment", treatment, AllowedValues.TREATMENTS);
        lab = require("lab", lab, AllowedValues.STONE_LABS);
        certNumber = text(certNumber);
        AllowedValues.requireIssuingLab(lab, certNumber);
        positive("lengthMm", lengthMm, "The length");
        positive("widthMm", widthMm, "The width");
        positive("depthMm", depthMm, "The depth");
        if (pieces < 1) throw new BusinessRuleViolated("pieces", "A stone lot has at least one piece.");
    }

    @Override
    public Family family() {
        return Family.COLORED_STONE;
    }

    @Override
    public Map<String, Object> columns() {
        Map<String, Object> c = new HashMap<>();
        c.put("species", species);
        c.put("variety", variety);
        c.put("shape", shape);
        c.put("cut", cut);
        c.put("color", color);
        c.put("clarity", clarity);
        c.put("origin", origin);
        c.put("treatment", treatment);
        c.put("lab", lab);
        c.put("cert_number", certNumber);
        c.put("length_mm", lengthMm);
        c.put("width_mm", widthMm);
        c.put("depth_mm", depthMm);
        c.put("pieces", pieces);
        return c;
    }
}
