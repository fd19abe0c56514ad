package com.jeweltrak.platform.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 11-utilities §Audit Log R6, R10: rebuilds a deleted row from its snapshot with its original ids,
 * together with the rows that went with it — those deleted in the same request whose foreign keys
 * lead to it (a group's grants, a user's groups and stores). A key or unique value taken since, or a
 * parent that is gone, refuses the whole restore with the reason; nothing is renumbered.
 */
@Component
class RestoringADelete {

    private record Pending(AuditEntry entry, TableShape table) {
    }

    private final ReadingTheAuditLog log;
    private final TenantTables tables;
    private final TableRows rows;
    private final RecordTypes types;

    RestoringADelete(ReadingTheAuditLog log, TenantTables tables, TableRows rows, RecordTypes types) {
        this.log = log;
        this.tables = tables;
        this.rows = rows;
        this.types = types;
    }

    List<RestoreGuard.RestoredRow> restore(AuditEntry entry, TableShape table) {
        String record = Snapshots.describe(entry.recordLabel(), table, entry.before());
        log.later(entry).stream()
                .filter(e -> e.isDelete() && Snapshots.sameKey(table, e.before(), entry.before()))
                .reduce((first, last) -> last)
                .ifPresent(e -> {
                    throw new DeletedAgainLater(record, e.id());
                });
        List<RestoreGuard.RestoredRow> restored = new ArrayList<>();
        for (Pending pending : withDependents(new Pending(entry, table))) {
            restored.add(rebuild(pending));
        }
        return restored;
    }

    private RestoreGuard.RestoredRow rebuild(Pending pending) {
        TableShape table = pending.table();
        ObjectNode row = Snapshots.forThisTenant(table, pending.entry().before());
        String record = Snapshots.describe(types.label(table.name()), table, row);
        if (rows.current(table, row).isPresent()) throw new RecordExistsAgain(record);
        for (TableShape.ForeignKey key : table.foreignKeys()) {
            if (rows.parentExists(table, key, row).orElse(true)) continue;
            List<String> parentKey = new ArrayList<>();
            List<String> columns = new ArrayList<>();
            for (int i = 0; i < key.columns().size(); i++) {
                if (key.parentColumns().get(i).equals("tenant_id") || key.parentTable().equals("tenant")) continue;
                parentKey.add(key.parentColumns().get(i));
                columns.add(key.columns().get(i));
            }
            throw new ParentRecordGone(record, "the " + Snapshots.describe(types.label(key.parentTable()), parentKey, columns, row));
        }
        try {
            rows.insert(table, row);
        } catch (DataIntegrityViolationException broken) {
            throw UniqueValueTaken.orOtherRule(record, table, row, broken);
        }
        return new RestoreGuard.RestoredRow(table.name(), rows.current(table, row).orElseThrow());
    }

    /** The entry first, then every row deleted with it that points at a row already taken, recursively. */
    private List<Pending> withDependents(Pending first) {
        List<Pending> taken = new ArrayList<>(List.of(first));
        List<AuditEntry> candidates = new ArrayList<>(log.deletedInTheSameRequest(first.entry()));
        boolean found = true;
        while (found) {
            found = false;
            for (AuditEntry candidate : List.copyOf(candidates)) {
                Optional<TableShape> shape = tables.find(candidate.table());
                if (shape.isEmpty()) continue;
                if (taken.stream().anyMatch(parent -> pointsAt(shape.get(), candidate.before(), parent))) {
                    taken.add(new Pending(candidate, shape.get()));
                    candidates.remove(candidate);
                    found = true;
                }
            }
        }
        return taken;
    }

    private static boolean pointsAt(TableShape child, JsonNode row, Pending parent) {
        for (TableShape.ForeignKey key : child.foreignKeys()) {
            if (!key.parentTable().equals(parent.table().name())) continue;
            boolean all = true;
            for (int i = 0; i < key.columns().size() && all; i++) {
                JsonNode mine = row.get(key.columns().get(i));
                JsonNode theirs = parent.entry().before().get(key.parentColumns().get(i));
                all = mine != null && theirs != null && !mine.isNull() && mine.toString().equals(theirs.toString());
            }
            if (all) return true;
        }
        return false;
    }
}
