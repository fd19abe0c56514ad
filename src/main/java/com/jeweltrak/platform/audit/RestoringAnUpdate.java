package com.jeweltrak.platform.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 11-utilities §Audit Log R7, R9: sets each field the entry changed back to its value before it — and
 * only those; later edits of other fields stay. A field a later edit changed too is written only when
 * the restore is confirmed.
 */
@Component
class RestoringAnUpdate {

    /** A password is never rolled back to an old one from the log: an admin sets a new one instead. */
    private static final Set<String> CREDENTIALS = Set.of("password_hash", "password_changed_at", "token_hash");

    private final ReadingTheAuditLog log;
    private final TableRows rows;

    RestoringAnUpdate(ReadingTheAuditLog log, TableRows rows) {
        this.log = log;
        this.rows = rows;
    }

    List<RestoreGuard.RestoredRow> restore(AuditEntry entry, TableShape table, boolean confirmed) {
        JsonNode before = entry.before();
        JsonNode after = entry.after();
        String record = Snapshots.describe(entry.recordLabel(), table, after);
        List<String> fields = table.updatable().stream()
                .filter(f -> !CREDENTIALS.contains(f))
                .filter(f -> before.has(f) && after.has(f) && !Objects.equals(before.get(f), after.get(f)))
                .toList();
        if (fields.isEmpty()) throw new NothingLeftToRestore(entry.id());

        List<AuditEntry> later = log.later(entry).stream()
                .filter(e -> Snapshots.sameKey(table, e.before() != null ? e.before() : e.after(), after))
                .toList();
        JsonNode current = rows.current(table, Snapshots.forThisTenant(table, after))
                .orElseThrow(() -> new RecordIsGone(record, later.stream().filter(AuditEntry::isDelete)
                        .map(AuditEntry::id).reduce((first, last) -> last).orElse(null)));

        List<String> pending = fields.stream().filter(f -> !Objects.equals(value(current, f), value(before, f))).toList();
        if (pending.isEmpty()) throw new NothingLeftToRestore(entry.id());

        Set<String> changedLater = new HashSet<>();
        later.stream().filter(AuditEntry::isUpdate).forEach(e -> pending.stream()
                .filter(f -> !Objects.equals(value(e.before(), f), value(e.after(), f))).forEach(changedLater::add));
        List<LaterEditsNeedConfirmation.FieldConflict> conflicts = pending.stream().filter(changedLater::contains)
                .map(f -> new LaterEditsNeedConfirmation.FieldConflict(f, AuditEntry.text(f, value(current, f)),
                        AuditEntry.text(f, value(before, f))))
                .toList();
        if (!conflicts.isEmpty() && !confirmed) throw new LaterEditsNeedConfirmation(conflicts);

        ObjectNode reverted = Snapshots.forThisTenant(table, current);
        pending.forEach(f -> reverted.set(f, value(before, f)));
        try {
            rows.update(table, reverted, pending);
        } catch (DataIntegrityViolationException broken) {
            throw UniqueValueTaken.orOtherRule(record, table, reverted, broken);
        }
        return List.of(new RestoreGuard.RestoredRow(table.name(), rows.current(table, reverted).orElseThrow()));
    }

    private static JsonNode value(JsonNode row, String field) {
        JsonNode value = row == null ? null : row.get(field);
        return value == null ? NullNode.getInstance() : value;
    }
}
