package com.jeweltrak.platform.picklists;

import java.util.List;

/**
 * One value of a list as List Maintenance shows it: how many records hold exactly this text, whether
 * the list stores it, and the other values that differ only in case or surrounding spaces (R7).
 */
public record PickListValue(String value, long uses, boolean stored, List<String> nearDuplicates) {

    public PickListValue {
        nearDuplicates = List.copyOf(nearDuplicates);
    }

    public boolean nearDuplicate() {
        return !nearDuplicates.isEmpty();
    }

    public boolean used() {
        return uses > 0;
    }

    /** Spaces before or after the text do not show on a page; the page marks them. */
    public boolean untrimmed() {
        return !value.equals(value.strip());
    }

    /** R7: "14kt" and "14KT " are the same value for people. */
    static String normalized(String value) {
        return value.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
