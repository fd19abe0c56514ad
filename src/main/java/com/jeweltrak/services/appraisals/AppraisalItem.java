package com.jeweltrak.services.appraisals;

import java.math.BigDecimal;

/** One piece appraised (03-services §13 Data): typed by hand, never linked to inventory (R3); a photo of it, if taken. */
public record AppraisalItem(long id, String description, String metal, String weight, String stones, String marks,
                            String condition, BigDecimal appraisedValue, Long photoFileId) {

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
