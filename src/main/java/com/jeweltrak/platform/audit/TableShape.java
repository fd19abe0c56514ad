package com.jeweltrak.platform.audit;

import java.util.List;

/**
 * A tenant table as the catalog describes it: what a generic restore needs to rebuild or revert a row
 * from its JSON snapshot without knowing the table in advance (11-utilities §Audit Log R8). {@code auditKey}
 * is the column the audit trigger files its entries under (a link row's owning record); {@code uniqueKeys}
 * the key expressions of each unique index but the primary key, by index name, to name a value taken since.
 */
record TableShape(String name, String tenantColumn, List<Column> columns, List<String> primaryKey,
                  List<ForeignKey> foreignKeys, String auditKey,
                  java.util.Map<String, List<String>> uniqueKeys) {

    /** identity 'a' = generated always (needs OVERRIDING SYSTEM VALUE), generated = computed, never written. */
    record Column(String name, String type, boolean identityAlways, boolean generated) {
    }

    /** columns of this table that point at parentColumns of parentTable. */
    record ForeignKey(String name, List<String> columns, String parentTable, List<String> parentColumns) {
    }

    boolean hasColumn(String column) {
        return columns.stream().anyMatch(c -> c.name().equals(column));
    }

    boolean anyIdentityAlways() {
        return columns.stream().anyMatch(Column::identityAlways);
    }

    /** Columns a restore may write: not computed, and (for an update) neither key nor tenant. */
    List<String> writable() {
        return columns.stream().filter(c -> !c.generated()).map(Column::name).toList();
    }

    List<String> updatable() {
        return writable().stream().filter(c -> !primaryKey.contains(c) && !c.equals(tenantColumn)).toList();
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
