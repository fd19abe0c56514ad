package com.jeweltrak.settings.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.jeweltrak.platform.web.TimeZones;

/** What the settings pickers offer, value → label, in the order they are shown. */
final class Choices {

    /** The inventory families a store may default to (Store Configuration R9; 04-inventory §0). */
    static final Map<String, String> STOCK_TYPES = ordered(
            "J", "Jewelry", "W", "Watch", "D", "Diamond", "C", "Colored stone", "P", "Pearl");

    static final Map<String, String> BUSINESS_TYPES = ordered("RETAILER", "Retailer", "MANUFACTURER", "Manufacturer");

    static final Map<String, String> WEIGHT_UNITS = ordered(
            "GRAM", "Gram (g)", "DWT", "Pennyweight (dwt)", "OUNCE", "Troy ounce (ozt)");

    private static final Map<String, String> TIME_ZONES = Collections.unmodifiableMap(
            TimeZones.COMMON.stream().collect(LinkedHashMap::new, (m, z) -> m.put(z, z), Map::putAll));

    private Choices() {
    }

    /** The picker's zones, plus the one already chosen if the API set a zone the picker does not list. */
    static Map<String, String> timeZonesWith(String current) {
        if (current == null || current.isBlank() || TIME_ZONES.containsKey(current)) return TIME_ZONES;
        Map<String, String> zones = new LinkedHashMap<>();
        zones.put(current, current);
        zones.putAll(TIME_ZONES);
        return zones;
    }

    private static Map<String, String> ordered(String... valuesAndLabels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < valuesAndLabels.length; i += 2) map.put(valuesAndLabels[i], valuesAndLabels[i + 1]);
        return Collections.unmodifiableMap(map);
    }
}
