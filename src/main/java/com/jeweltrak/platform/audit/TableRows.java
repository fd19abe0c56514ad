package com.jeweltrak.platform.audit;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes one row of any tenant table from a JSON snapshot. PostgreSQL itself turns the JSON
 * into the table's row type ({@code jsonb_populate_record}), so every value is cast to its column's
 * real type — numeric, timestamptz, char, arrays — exactly as the trigger's {@code to_jsonb} wrote it.
 * Identifiers come from the catalog and are quoted; values are always bound, never spliced.
 */
@Component
class TableRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    TableRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The row as it is now, found by the key values in the snapshot. */
    Optional<JsonNode> current(TableShape table, JsonNode snapshot) {
        return jdbc.sql("select to_jsonb(t)::text from %s t, jsonb_populate_record(null::%s, ?::jsonb) k where %s"
                        .formatted(q(table.name()), q(table.name()), matching(table.primaryKey())))
                .param(snapshot.toString()).query(String.class).optional().map(JSON::readTree);
    }

    /** Whether the row the foreign key points at exists; empty when the snapshot's reference is null. */
    Optional<Boolean> parentExists(TableShape table, TableShape.ForeignKey key, JsonNode snapshot) {
        for (String column : key.columns()) {
            if (snapshot.get(column) == null || snapshot.get(column).isNull()) return Optional.empty();
        }
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < key.columns().size(); i++) {
            if (i > 0) where.append(" and ");
            where.append("p.").append(q(key.parentColumns().get(i))).append(" = k.").append(q(key.columns().get(i)));
        }
        return Optional.of(jdbc.sql("select exists (select 1 from %s p, jsonb_populate_record(null::%s, ?::jsonb) k where %s)"
                        .formatted(q(key.parentTable()), q(table.name()), where))
                .param(snapshot.toString()).query(Boolean.class).single());
    }

    /** Inserts the snapshot as it was, its own ids included; columns the snapshot lacks take their default. */
    void insert(TableShape table, JsonNode snapshot) {
        List<String> columns = table.writable().stream().filter(snapshot::has).toList();
        String list = columns.stream().map(TableShape::quote).collect(Collectors.joining(", "));
        String values = columns.stream().map(c -> "k." + q(c)).collect(Collectors.joining(", "));
        jdbc.sql("insert into %s (%s) %s select %s from jsonb_populate_record(null::%s, ?::jsonb) k"
                        .formatted(q(table.name()), list, table.anyIdentityAlways() ? "overriding system value" : "",
                                values, q(table.name())))
                .param(snapshot.toString()).update();
    }

    /** Sets the given fields of the row the snapshot's key names to the snapshot's values; answers the rows changed. */
    int update(TableShape table, JsonNode snapshot, List<String> fields) {
        String set = fields.stream().map(f -> q(f) + " = k." + q(f)).collect(Collectors.joining(", "));
        return jdbc.sql("update %s t set %s from jsonb_populate_record(null::%s, ?::jsonb) k where %s"
                        .formatted(q(table.name()), set, q(table.name()), matching(table.primaryKey())))
                .param(snapshot.toString()).update();
    }

    private static String matching(List<String> key) {
        return key.stream().map(c -> "t." + q(c) + " = k." + q(c)).collect(Collectors.joining(" and "));
    }

    private static String q(String identifier) {
        return TableShape.quote(identifier);
    }
}
