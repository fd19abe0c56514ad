package com.jeweltrak.platform.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * One audit entry as people read it (11-utilities §Audit Log R5): who, when, what record, and the
 * fields that changed. The rows before and after stay as the trigger wrote them, for a restore.
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        Long userId,
        String userName,
        String requestId,
        String table,
        String recordLabel,
        String action,
        String rowId,
        String recordPage,
        JsonNode before,
        JsonNode after,
        Long restoreOf,
        boolean restored) {

    /** Columns that say nothing to a reader: every row of a tenant carries the same tenant id. */
    static final Set<String> NOISE = Set.of("tenant_id");
    /** Secrets never shown, only that they changed. */
    static final Set<String> SECRETS = Set.of("password_hash", "token_hash");
    static final String HIDDEN = "(hidden)";

    public boolean isInsert() {
        return "INSERT".equals(action);
    }

    public boolean isUpdate() {
        return "UPDATE".equals(action);
    }

    public boolean isDelete() {
        return "DELETE".equals(action);
    }

    /** An insert has nothing to undo; updates and deletes can be restored (R6, R7). */
    public boolean restorable() {
        return isUpdate() || isDelete();
    }

    private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** When it happened, on the clock of the given zone (the current store's). */
    public String at(java.time.ZoneId zone) {
        return SHOWN.format(occurredAt.atZone(zone));
    }

    public String who() {
        return userName != null ? userName : userId == null ? "System" : "User #" + userId;
    }

    /**
     * The diff (R5): for an update the fields whose value changed, for an insert the new values, for a
     * delete the old ones. Empty values of an insert or delete are left out: they say nothing.
     */
    public List<FieldChange> changes() {
        Set<String> fields = new LinkedHashSet<>();
        if (before != null) before.propertyNames().forEach(fields::add);
        if (after != null) after.propertyNames().forEach(fields::add);
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            if (NOISE.contains(field) || ("tenant".equals(table) && "id".equals(field) && !isUpdate())) continue;
            JsonNode old = before == null ? null : before.get(field);
            JsonNode now = after == null ? null : after.get(field);
            if (isUpdate() && Objects.equals(old, now)) continue;
            if (!isUpdate() && isEmpty(old) && isEmpty(now)) continue;
            changes.add(new FieldChange(field, text(field, old), text(field, now)));
        }
        return changes;
    }

    private static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull();
    }

    static String text(String field, JsonNode value) {
        if (isEmpty(value)) return null;
        if (SECRETS.contains(field)) return HIDDEN;
        return value.isString() ? value.asString() : value.toString();
    }
}
