package com.jeweltrak.platform.audit;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import com.jeweltrak.platform.tenancy.TenantContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Helpers over the JSON rows the audit trigger stores: keys, names for messages, the tenant stamp. */
final class Snapshots {

    private Snapshots() {
    }

    /** The row's primary key values, compared as text so 7 and 7L are the same key. */
    static List<String> key(TableShape table, JsonNode row) {
        return table.primaryKey().stream().map(c -> row == null || row.get(c) == null ? null : row.get(c).toString()).toList();
    }

    static boolean sameKey(TableShape table, JsonNode a, JsonNode b) {
        return Objects.equals(key(table, a), key(table, b));
    }

    /** "Permission group #12", or for a link row "Group permission (group_id 12, permission_key CanViewCost)". */
    static String describe(String label, TableShape table, JsonNode row) {
        List<String> shown = table.primaryKey().stream().filter(c -> !c.equals(table.tenantColumn())).toList();
        return describe(label, shown, shown, row);
    }

    static String describe(String label, List<String> names, List<String> columns, JsonNode row) {
        if (names.equals(List.of("id"))) return label + " #" + text(row.get(columns.getFirst()));
        String parts = java.util.stream.IntStream.range(0, names.size())
                .mapToObj(i -> names.get(i) + " " + text(row.get(columns.get(i)))).collect(Collectors.joining(", "));
        return label + " (" + parts + ")";
    }

    /** A copy of the row stamped with the acting tenant: a restore never writes into another tenant. */
    static ObjectNode forThisTenant(TableShape table, JsonNode row) {
        ObjectNode copy = (ObjectNode) row.deepCopy();
        copy.put(table.tenantColumn(), TenantContext.requireTenant().value());
        return copy;
    }

    static String text(JsonNode value) {
        return value == null || value.isNull() ? "(empty)" : value.isString() ? value.asString() : value.toString();
    }
}
