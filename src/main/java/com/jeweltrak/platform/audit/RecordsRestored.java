package com.jeweltrak.platform.audit;

import java.util.List;

/**
 * A restore wrote these records, inside its transaction. A restore writes rows directly, past the
 * repositories, so whatever a module derives from its records (the search index) listens for this to
 * stay current in the same transaction.
 *
 * @param records table and audit key (the record id, or for link rows the owning record's id)
 */
public record RecordsRestored(List<Record> records) {

    public record Record(String table, String rowId) {
    }

    public boolean touches(String table) {
        return records.stream().anyMatch(r -> r.table().equals(table));
    }

    public List<Long> idsIn(String... tables) {
        List<String> wanted = List.of(tables);
        return records.stream().filter(r -> wanted.contains(r.table()) && r.rowId() != null)
                .map(r -> Long.valueOf(r.rowId())).distinct().toList();
    }
}
