package com.jeweltrak.inventory.media;

import java.util.List;

import com.jeweltrak.inventory.Family;

/**
 * Which items' photos Bulk Image Download shows (11-utilities R1): families, StockID or words of the description,
 * category, vendor name; and what the person may see — the families they may view and, unless they may see every
 * store, their stores ({@code stores} null = all).
 */
public record PhotoFilter(List<Family> families, String text, String category, String vendor, List<Long> stores) {

    public PhotoFilter {
        families = families == null ? List.of() : List.copyOf(families);
        text = blankToNull(text);
        category = blankToNull(category);
        vendor = blankToNull(vendor);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
