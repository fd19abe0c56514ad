package com.jeweltrak.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.RecordNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Utilities → Audit Log and every record's History (11-utilities §Audit Log R4, R5): the tenant's
 * entries, newest first, filtered. Row-level security confines it to the tenant, so another tenant's
 * entry is simply not found.
 */
@Service
@Transactional(readOnly = true)
public class ReadingTheAuditLog {

    /** Someone who may appear in the log, for the user filter. */
    public record Person(long id, String name) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int HISTORY_LIMIT = 100;

    private static final String SELECT = """
            select a.id, a.occurred_at, a.user_id, nullif(trim(u.first_name || ' ' || u.last_name), '') as user_name,
                   a.request_id, a.table_name, a.action, a.row_id, a.before_row::text, a.after_row::text,
                   (select min(r.entry_id) from audit_restore r
                    where r.tenant_id = a.tenant_id and r.request_id = a.request_id) as restore_of,
                   exists (select 1 from audit_restore r where r.tenant_id = a.tenant_id and r.entry_id = a.id) as restored
            from audit_log a
            left join app_user u on u.tenant_id = a.tenant_id and u.id = a.user_id
            """;

    private final JdbcClient jdbc;
    private final RecordTypes types;

    ReadingTheAuditLog(JdbcClient jdbc, RecordTypes types) {
        this.jdbc = jdbc;
        this.types = types;
    }

    public Paged<AuditEntry> find(AuditFilter filter, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        long total = jdbc.sql("select count(*) from audit_log a where " + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<AuditEntry> rows = jdbc.sql(SELECT + " where " + where + " order by a.occurred_at desc, a.id desc limit :limit offset :offset")
                .params(params).query(this::entry).list();
        return new Paged<>(rows, page, size, total);
    }

    public AuditEntry get(long id) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query(this::entry).optional()
                .orElseThrow(() -> new RecordNotFound("Audit entry", id));
    }

    /**
     * A record's History: its own entries and those of the link rows filed under it, newest first. A
     * record with no entry at all is unknown here — which is also how another tenant's record looks.
     */
    public List<AuditEntry> history(String table, String rowId) {
        List<AuditEntry> entries = jdbc.sql(SELECT + """
                         where a.table_name in (:tables) and a.row_id = :row
                         order by a.occurred_at desc, a.id desc limit :limit""")
                .param("tables", types.family(table)).param("row", rowId)
                .param("limit", HISTORY_LIMIT).query(this::entry).list();
        if (entries.isEmpty()) throw new RecordNotFound(types.label(table), rowId);
        return entries;
    }

    /** Entries on the same table and record written after the given one, oldest first. */
    List<AuditEntry> later(AuditEntry entry) {
        return jdbc.sql(SELECT + " where a.table_name = ? and a.row_id = ? and a.id > ? order by a.id")
                .params(entry.table(), entry.rowId(), entry.id()).query(this::entry).list();
    }

    /** Deletes written by the same request as the given entry, oldest first: rows a delete may have cascaded to. */
    List<AuditEntry> deletedInTheSameRequest(AuditEntry entry) {
        if (entry.requestId() == null) return List.of();
        return jdbc.sql(SELECT + " where a.request_id = ? and a.action = 'DELETE' and a.id <> ? order by a.id")
                .params(entry.requestId(), entry.id()).query(this::entry).list();
    }

    public List<Person> people() {
        return jdbc.sql("select id, trim(first_name || ' ' || last_name) from app_user order by lower(first_name), lower(last_name), id")
                .query((rs, n) -> new Person(rs.getLong(1), rs.getString(2))).list();
    }

    private static String where(AuditFilter filter, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        clauses.add("true");
        if (filter.table() != null) {
            clauses.add("a.table_name = :table");
            params.put("table", filter.table());
        }
        if (filter.recordId() != null) {
            clauses.add("a.row_id = :record");
            params.put("record", filter.recordId());
        }
        if (filter.userId() != null) {
            clauses.add("a.user_id = :user");
            params.put("user", filter.userId());
        }
        if (filter.from() != null) {
            clauses.add("a.occurred_at >= :from");
            params.put("from", java.sql.Timestamp.from(filter.from().atStartOfDay(filter.zone()).toInstant()));
        }
        if (filter.to() != null) {
            clauses.add("a.occurred_at < :to");
            params.put("to", java.sql.Timestamp.from(filter.to().plusDays(1).atStartOfDay(filter.zone()).toInstant()));
        }
        if (filter.action() != null) {
            clauses.add("a.action = :action");
            params.put("action", filter.action());
        }
        if (filter.text() != null) {
            // ids and field values, not field names (every row has a "name"), and never a secret's hash
            clauses.add("""
                    (a.row_id = :text or a.id::text = :text
                     or exists (select 1 from jsonb_each_text(coalesce(a.before_row, '{}')) f
                                where f.key not in ('password_hash', 'token_hash', 'tenant_id') and f.value ilike :pattern)
                     or exists (select 1 from jsonb_each_text(coalesce(a.after_row, '{}')) f
                                where f.key not in ('password_hash', 'token_hash', 'tenant_id') and f.value ilike :pattern))""");
            params.put("text", filter.text());
            params.put("pattern", "%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return String.join(" and ", clauses);
    }

    private AuditEntry entry(ResultSet rs, int n) throws SQLException {
        String table = rs.getString("table_name");
        String rowId = rs.getString("row_id");
        RecordTypes.RecordType type = types.of(table);
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(),
                (Long) rs.getObject("user_id"), rs.getString("user_name"), rs.getString("request_id"), table,
                type.label(), rs.getString("action"), rowId, type.page(rowId).orElse(null),
                json(rs.getString("before_row")), json(rs.getString("after_row")), (Long) rs.getObject("restore_of"),
                rs.getBoolean("restored"));
    }

    private static JsonNode json(String text) {
        return text == null ? null : JSON.readTree(text);
    }
}
