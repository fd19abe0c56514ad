package com.jeweltrak.platform.audit;

/** One field of a diff: its value before and after, as text ({@code null} where there was none). */
public record FieldChange(String field, String before, String after) {
}
