package com.jeweltrak.inventory;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import com.jeweltrak.platform.BusinessRuleViolated;

import static com.jeweltrak.inventory.AllowedValues.positive;
import static com.jeweltrak.inventory.AllowedValues.require;
import static com.jeweltrak.inventory.AllowedValues.text;

/** A piece of jewelry: metal and karat (open lists), metal weight in grams, ring size in quarter sizes, length. */
public record JewelryDetails(String metal, String karat, BigDecimal metalWeightGrams, BigDecimal ringSize,
                             BigDecimal lengthInches, String gender, String condition) implements FamilyDetails {

    public static final JewelryDetails NONE = new JewelryDetails(null, null, null, null, null, null, null);

    public JewelryDetails {
        metal = text(metal);
        karat = text(karat);
        positive("metalWeightGrams", metalWeightGrams, "The metal weight");
        positive("lengthInches", lengthInches, "The length");
        if (ringSize != null && (ringSize.signum() <= 0 || ringSize.compareTo(BigDecimal.valueOf(16)) > 0
                || ringSize.multiply(BigDecimal.valueOf(4)).stripTrailingZeros().scale() > 0)) {
            throw new BusinessRuleViolated("ringSize", "A ring size runs from 0.25 to 16 in quarter sizes (6, 6.25, 6.5, 6.75).");
        }
        gender = require("gender", gender, AllowedValues.GENDERS);
        condition = require("condition", condition, AllowedValues.JEWELRY_CONDITIONS);
    }

    @Override
    public Family family() {
        return Family.JEWELRY;
    }

    @Override
    public Map<String, Object> columns() {
        Map<String, Object> c = new HashMap<>();
        c.put("metal", metal);
        c.put("karat", karat);
        c.put("metal_weight_g", metalWeightGrams);
        c.put("ring_size", ringSize);
        c.put("length_in", lengthInches);
        c.put("gender", gender);
        c.put("item_condition", condition);
        return c;
    }
}
