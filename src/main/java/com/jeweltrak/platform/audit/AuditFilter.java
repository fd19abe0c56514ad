package com.jeweltrak.platform.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The Audit Log's filters (11-utilities §Audit Log R4): record type, record, user, dates (read in the
 * given zone, the current store's), action, and free text matching ids or field values.
 */
public record AuditFilter(String table, String recordId, Long userId, LocalDate from, LocalDate to, String action,
                          String text, ZoneId zone) {

    public static final Set<String> ACTIONS = Set.of("INSERT", "UPDATE", "DELETE");

    public AuditFilter {
        table = blankToNull(table);
        recordId = blankToNull(recordId);
        text = blankToNull(text);
        action = blankToNull(action) == null ? null : action.trim().toUpperCase(Locale.ROOT);
        if (zone == null) zone = java.time.ZoneOffset.UTC;
    }

    /** The action as the log stores it, or empty if it names none. */
    public static Optional<String> action(String requested) {
        if (requested == null || requested.isBlank()) return Optional.empty();
        String upper = requested.trim().toUpperCase(Locale.ROOT);
        return ACTIONS.contains(upper) ? Optional.of(upper) : Optional.empty();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
