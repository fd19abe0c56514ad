package com.jeweltrak.platform.audit;

import java.util.List;
import java.util.UUID;

import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restore on an audit entry (11-utilities §Audit Log R6–R11): a delete is rebuilt, an update reverted,
 * an insert has nothing to undo. It all happens in one transaction: the writes (audited by the
 * triggers under the restore's request id), the guards every module adds, and the note tying that
 * request to the entry. A refusal rolls everything back and says why.
 */
@Service
public class RestoringAnEntry {

    /**
     * Tables a restore never writes, with the reason: the log's own bookkeeping (restoring it would only
     * forge history), and credentials (a revoked token stays revoked; a new one is issued instead).
     */
    private static final java.util.Map<String, String> NEVER_RESTORED = java.util.Map.of(
            "audit_restore", "is part of the audit log's own bookkeeping and cannot be restored.",
            "audit_log", "is part of the audit log's own bookkeeping and cannot be restored.",
            "api_token", "concerns an API token: a revoked token stays revoked — issue a new one instead.");

    private final ReadingTheAuditLog log;
    private final TenantTables tables;
    private final RestoringAnUpdate updates;
    private final RestoringADelete deletes;
    private final List<RestoreGuard> guards;
    private final RecordTypes types;
    private final JdbcClient jdbc;
    private final org.springframework.context.ApplicationEventPublisher events;

    RestoringAnEntry(ReadingTheAuditLog log, TenantTables tables, RestoringAnUpdate updates, RestoringADelete deletes,
                     List<RestoreGuard> guards, RecordTypes types, JdbcClient jdbc,
                     org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.log = log;
        this.tables = tables;
        this.updates = updates;
        this.deletes = deletes;
        this.guards = guards;
        this.types = types;
        this.jdbc = jdbc;
    }

    /** @param confirmed R9: write fields a later edit changed too */
    @Transactional
    public Restored restore(long entryId, boolean confirmed) {
        AuditEntry entry = log.get(entryId);
        if (entry.isInsert()) throw new InsertsHaveNothingToRestore(entryId);
        if (NEVER_RESTORED.containsKey(entry.table())) {
            throw new NotRestorable("Entry #" + entryId + " " + NEVER_RESTORED.get(entry.table()));
        }
        if ("tenant".equals(entry.table()) && entry.isDelete()) {
            throw new NotRestorable("An organization cannot be restored from its own audit log.");
        }
        TableShape table = tables.find(entry.table()).orElseThrow(() -> new NotRestorable(
                entry.recordLabel() + " records are not kept per organization and cannot be restored here."));
        String requestId = actingRequestId();

        List<RestoreGuard.RestoredRow> written = entry.isUpdate()
                ? updates.restore(entry, table, confirmed)
                : deletes.restore(entry, table);
        guards.forEach(guard -> guard.check(entry, written));
        events.publishEvent(new RecordsRestored(written.stream()
                .map(row -> new RecordsRestored.Record(row.table(), rowIdOf(row))).toList()));

        jdbc.sql("insert into audit_restore (tenant_id, entry_id, request_id, restored_by) values (?, ?, ?, ?)")
                .params(TenantContext.requireTenant().value(), entryId, requestId,
                        TenantContext.current().map(TenantContext.Actor::user).map(UserId::value).orElse(null))
                .update();
        return new Restored(entryId, entry.action(), requestId, written.stream().map(row -> {
            RecordTypes.RecordType type = types.of(row.table());
            String rowId = rowIdOf(row);
            return new Restored.Record(row.table(), type.label(), rowId, type.page(rowId).orElse(null));
        }).toList());
    }

    /** The id the restore's own audit entries carry: the request's, or — outside a request — a fresh one. */
    private String actingRequestId() {
        return TenantContext.requestId().orElseGet(() -> {
            String made = "restore-" + UUID.randomUUID();
            jdbc.sql("select set_config('app.request_id', ?, true)").param(made).query(String.class).single();
            return made;
        });
    }

    /** The id the audit trigger filed the row under: the owning record for link rows, else its own id. */
    private String rowIdOf(RestoreGuard.RestoredRow row) {
        String column = tables.find(row.table()).map(TableShape::auditKey).orElse("id");
        var value = row.row().get(column);
        return value == null || value.isNull() ? null : value.isString() ? value.asString() : value.toString();
    }
}
