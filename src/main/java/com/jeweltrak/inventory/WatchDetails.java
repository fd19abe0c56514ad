package com.jeweltrak.inventory;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import com.jeweltrak.platform.BusinessRuleViolated;

import static com.jeweltrak.inventory.AllowedValues.positive;
import static com.jeweltrak.inventory.AllowedValues.require;
import static com.jeweltrak.inventory.AllowedValues.text;

/** A watch: brand, model and reference, year, case, movement, box and papers. */
public record WatchDetails(String brand, String model, String referenceNumber, Integer year, String caseMaterial,
                           BigDecimal caseSizeMm, String dialColor, String bezel, String bracelet, String movement,
                           boolean box, boolean papers, String condition, String gender) implements FamilyDetails {

    public static final WatchDetails NONE = new WatchDetails(null, null, null, null, null, null, null, null, null, null,
            false, false, null, null);

    public WatchDetails {
        brand = text(brand);
        model = text(model);
        referenceNumber = text(referenceNumber);
        if (year != null && (year < 1800 || year > 2100)) {
            throw new BusinessRuleViolated("year", "Enter the year with four digits, like 2019.");
        }
        caseMaterial = text(caseMaterial);
        positive("caseSizeMm", caseSizeMm, "The case size");
        dialColor = text(dialColor);
        bezel = text(bezel);
        bracelet = text(bracelet);
        movement = require("movement", movement, AllowedValues.MOVEMENTS);
        condition = require("condition", condition, AllowedValues.WATCH_CONDITIONS);
        gender = require("gender", gender, AllowedValues.GENDERS);
    }

    @Override
    public Family family() {
        return Family.WATCH;
    }

    @Override
    public Map<String, Object> columns() {
        Map<String, Object> c = new HashMap<>();
        c.put("brand", brand);
        c.put("model", model);
        c.put("reference_number", referenceNumber);
        c.put("model_year", year);
        c.put("case_material", caseMaterial);
        c.put("case_size_mm", caseSizeMm);
        c.put("dial_color", dialColor);
        c.put("bezel", bezel);
        c.put("bracelet", bracelet);
        c.put("movement", movement);
        c.put("has_box", box);
        c.put("has_papers", papers);
        c.put("item_condition", condition);
        c.put("gender", gender);
        return c;
    }
}
