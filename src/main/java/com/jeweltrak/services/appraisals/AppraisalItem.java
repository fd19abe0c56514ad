package com.jeweltrak.services.appraisals;

import java.math.BigDecimal;

/**
 * One piece appraised (03-services §13 Data): typed by hand, never linked to inventory (R3); its photos (0..n), in the
 * order they were taken.
 */
public record AppraisalItem(long id, String description, String metal, String weight, String stones, String marks,
                            String condition, BigDecimal appraisedValue, java.util.List<Long> photoFileIds) {

    public AppraisalItem {
        photoFileIds = photoFileIds == null ? java.util.List.of() : java.util.List.copyOf(photoFileIds);
    }

    /** The first photo, null when there is none. */
    public Long photoFileId() {
        return photoFileIds.isEmpty() ? null : photoFileIds.getFirst();
    }

    /** The n-th photo (1-based), null when there is no such photo. */
    public Long photo(int n) {
        return n < 1 || n > photoFileIds.size() ? null : photoFileIds.get(n - 1);
    }

    /** The details printed under the description, blank ones left out. */
    public String details() {
        return java.util.stream.Stream.of(label("Metal", metal), label("Weight", weight), label("Stones", stones),
                        label("Marks", marks), label("Condition", condition))
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(" · "));
    }

    private static String label(String name, String value) {
        return value == null || value.isBlank() ? null : name + ": " + value;
    }
}
