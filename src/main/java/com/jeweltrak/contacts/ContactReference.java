package com.jeweltrak.contacts;

import java.util.List;

/**
 * A column of some module's table that points at a contact (e.g. {@code resale_certificate.contact_id}).
 * Every module with such a column declares one as a bean, so a merge re-points its rows from the
 * secondaries to the primary (Consolidation R3) and the merge preview counts them — nothing else to do:
 * <pre>
 * &#64;Bean
 * ContactReference resaleCertificates() {
 *     return ContactReference.of("resale_certificate", "contact_id", "Resale certificates");
 * }
 * </pre>
 * At startup each declaration is checked against the catalog: a tenant table, the column exists and
 * is a foreign key {@code (tenant_id, column) → contact (tenant_id, id)}; a wrong one stops the application.
 * <p>
 * Moving is a plain update unless the table has a unique key that the primary's rows could collide
 * with (one greeting per contact, kind and year): then the declaration gives its own statements, run in
 * order, with the named parameters {@code :primary} (the primary's id) and {@code :secondaries} (their ids,
 * for {@code in (:secondaries)}), e.g. drop the secondary's row the primary already has, then update the rest.
 */
public interface ContactReference {

    String table();

    String column();

    /** What the merge preview calls the rows: "Resale certificates". */
    String label();

    /** The statements that move the secondaries' rows to the primary, in order; checked identifiers only. */
    List<String> moveStatements();

    /**
     * For a record kept with a type column beside the id (a mail's {@code related_type = 'contact'},
     * {@code related_id}), which no foreign key can guard: SQL that limits the rows to those about contacts,
     * or null for a foreign-key column.
     */
    default String rowFilter() {
        return null;
    }

    /**
     * Rows that name a contact by a type column and an id column rather than a foreign key — a mail's
     * {@code related_type}/{@code related_id} — so a merge moves the message log too (Consolidation R3).
     */
    static ContactReference tagged(String table, String typeColumn, String typeValue, String idColumn, String label) {
        return DeclaredContactReference.tagged(table, typeColumn, typeValue, idColumn, label);
    }

    /** A column whose rows move by a plain update. */
    static ContactReference of(String table, String column, String label) {
        return new DeclaredContactReference(table, column, label, null);
    }

    /** A column whose rows move by the given statements (see the class comment for the parameters). */
    static ContactReference of(String table, String column, String label, String... moveStatements) {
        return new DeclaredContactReference(table, column, label, List.of(moveStatements));
    }
}
