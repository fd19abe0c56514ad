package com.jeweltrak.platform.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * What the audit log calls each table, where a record's own page is, and which link tables are filed
 * under which record (their audit entries carry the owning record's id, see the migration
 * {@code audit_row_key_of_link_tables}). A module names its own tables by declaring {@link RecordType} beans.
 * A table not named anywhere still shows, under a name made from its own.
 */
@Component
public class RecordTypes {

    /** A kind of record: its table, the name people read, the table it is filed under, its page. */
    public record RecordType(String table, String label, String filedUnder, String pagePattern) {
        public Optional<String> page(String rowId) {
            return pagePattern == null || rowId == null ? Optional.empty() : Optional.of(pagePattern.replace("{id}", rowId));
        }
    }

    private static final List<RecordType> KNOWN = List.of(
            new RecordType("tenant", "Organization", null, "/settings/organization"),
            new RecordType("store", "Store", null, "/settings/stores/{id}"),
            new RecordType("app_user", "User", null, "/settings/users/{id}"),
            new RecordType("user_group", "User's group", "app_user", "/settings/users/{id}"),
            new RecordType("user_store_access", "User's store", "app_user", "/settings/users/{id}"),
            new RecordType("user_permission_override", "User's permission override", "app_user", "/settings/users/{id}"),
            new RecordType("permission_group", "Permission group", null, "/settings/groups/{id}"),
            new RecordType("permission_group_grant", "Group permission", "permission_group", "/settings/groups/{id}"),
            new RecordType("api_token", "API token", null, null),
            new RecordType("audit_restore", "Restore", null, null),
            new RecordType("mail_outbox", "Mail", null, null),
            new RecordType("stored_file", "Stored file", null, null));

    private final Map<String, RecordType> byTable = new LinkedHashMap<>();

    RecordTypes(org.springframework.beans.factory.ObjectProvider<RecordType> declaredByModules) {
        KNOWN.forEach(t -> byTable.put(t.table(), t));
        declaredByModules.orderedStream().forEach(t -> byTable.putIfAbsent(t.table(), t));
    }

    public RecordType of(String table) {
        RecordType known = byTable.get(table);
        if (known != null) return known;
        String words = table.replace('_', ' ');
        return new RecordType(table, Character.toUpperCase(words.charAt(0)) + words.substring(1), null, null);
    }

    public String label(String table) {
        return of(table).label();
    }

    /** The types offered in the Audit Log's record-type filter, in a reading order. */
    public List<RecordType> all() {
        return List.copyOf(byTable.values());
    }

    /** The table itself and every link table whose entries are filed under its records: a record's whole history. */
    public List<String> family(String table) {
        List<String> tables = new java.util.ArrayList<>();
        tables.add(table);
        byTable.values().stream().filter(t -> table.equals(t.filedUnder())).forEach(t -> tables.add(t.table()));
        return tables;
    }
}
