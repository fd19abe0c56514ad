package com.jeweltrak.platform.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.util.PSQLException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import tools.jackson.databind.JsonNode;

/** R10: a value that must be unique (a name, a number) now belongs to another record. */
public class UniqueValueTaken extends RestoreRefused {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    UniqueValueTaken(String record, String value) {
        super("Cannot restore " + record + ": another record now has the same " + value + ".", false);
    }

    /**
     * The refusal for a write the database turned down. PostgreSQL keeps the conflicting values out of
     * its message on a table with row-level security, so a unique value taken is named from the index's
     * own columns and the row the restore wrote ("name (Bench)"); any other rule in PostgreSQL's words.
     */
    static RestoreRefused orOtherRule(String record, TableShape table, JsonNode row, DataIntegrityViolationException broken) {
        PSQLException psql = broken.getMostSpecificCause() instanceof PSQLException p ? p : null;
        if (broken instanceof DuplicateKeyException) {
            String constraint = psql == null || psql.getServerErrorMessage() == null ? null
                    : psql.getServerErrorMessage().getConstraint();
            if (constraint == null) return new UniqueValueTaken(record, "unique value");
            List<String> expressions = table.uniqueKeys().get(constraint);
            // every unique index but the primary key's is listed: the key was taken between check and write
            if (expressions == null) return new RecordExistsAgain(record);
            List<String> named = new ArrayList<>();
            for (String expression : expressions) {
                Matcher m = IDENTIFIER.matcher(expression);
                while (m.find()) {
                    String column = m.group();
                    if (table.hasColumn(column) && !column.equals(table.tenantColumn())) {
                        named.add(column.replace('_', ' ') + " (" + Snapshots.text(row.get(column)) + ")");
                    }
                }
            }
            return new UniqueValueTaken(record, named.isEmpty() ? "unique value" : String.join(" and ", named));
        }
        String rule = broken.getMostSpecificCause().getMessage();
        return new NotRestorable("Cannot restore " + record + ": it would break a rule of the data — "
                + (rule == null ? "a constraint" : rule.lines().findFirst().orElse(rule)) + ".");
    }
}
