package com.jeweltrak.platform.picklists;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An EditCombo list a module declares as a bean (11-utilities §List Maintenance): its key, the name
 * people read, and every (table, column) where records keep a value of the list as text. The
 * identifiers are the only SQL List Maintenance ever writes, so they are checked here and again
 * against the catalog at startup ({@link PickLists}).
 */
public record PickList(String key, String label, List<Usage> usages) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)+");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    /** A column of a tenant table whose rows hold values of the list. */
    public record Usage(String table, String column) {
        public Usage {
            if (table == null || !IDENTIFIER.matcher(table).matches() || column == null
                    || !IDENTIFIER.matcher(column).matches()) {
                throw new IllegalArgumentException("A pick-list usage needs plain lower-case identifiers, not "
                        + table + "." + column);
            }
        }

        /** The table, quoted; safe because the name matched {@code [a-z_][a-z0-9_]*}. */
        String quotedTable() {
            return '"' + table + '"';
        }

        String quotedColumn() {
            return '"' + column + '"';
        }
    }

    public PickList {
        if (key == null || key.length() > 100 || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("A pick-list key is lower-case and dotted (inventory.metal), not " + key);
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("The pick list " + key + " needs a label");
        }
        if (usages == null || usages.isEmpty()) {
            throw new IllegalArgumentException("The pick list " + key + " needs at least one (table, column) that uses it");
        }
        usages = List.copyOf(usages);
    }

    public static PickList of(String key, String label, Usage... usages) {
        return new PickList(key, label, List.of(usages));
    }
}
