package com.jeweltrak.contacts;

import java.util.List;
import java.util.regex.Pattern;

/** A {@link ContactReference} as declared; its identifiers are the only SQL a merge builds itself. */
record DeclaredContactReference(String table, String column, String label, List<String> moveStatements,
                                 String rowFilter) implements ContactReference {

    DeclaredContactReference(String table, String column, String label, List<String> moveStatements) {
        this(table, column, label, moveStatements, null);
    }

    static DeclaredContactReference tagged(String table, String typeColumn, String typeValue, String idColumn, String label) {
        if (typeColumn == null || !IDENTIFIER.matcher(typeColumn).matches() || typeValue == null
                || !IDENTIFIER.matcher(typeValue).matches()) {
            throw new IllegalArgumentException("A tagged contact reference needs a plain type column and value");
        }
        String filter = "\"" + typeColumn + "\" = '" + typeValue + "'";
        return new DeclaredContactReference(table, idColumn, label, List.of("update \"" + table + "\" set \"" + idColumn
                + "\" = :primary where " + filter + " and \"" + idColumn + "\" in (:secondaries)"), filter);
    }

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    DeclaredContactReference {
        if (table == null || !IDENTIFIER.matcher(table).matches() || column == null || !IDENTIFIER.matcher(column).matches()) {
            throw new IllegalArgumentException("A contact reference needs plain lower-case identifiers, not " + table + "." + column);
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("The contact reference " + table + "." + column + " needs a label");
        }
        if (moveStatements == null || moveStatements.isEmpty()) {
            // quoted: the names matched [a-z_][a-z0-9_]*
            moveStatements = List.of("update \"" + table + "\" set \"" + column + "\" = :primary where \"" + column
                    + "\" in (:secondaries)");
        } else {
            moveStatements = List.copyOf(moveStatements);
        }
    }
}
