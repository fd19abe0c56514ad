package com.jeweltrak.contacts.merging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactReference;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every {@link ContactReference} the modules declared, checked against the catalog at startup (as pick
 * lists are): the table is a tenant table — forced row-level security and the audit trigger, so a move
 * stays in the tenant and every moved row is audited (R10) — and the column is a foreign key
 * {@code (tenant_id, column) → contact}. A wrong declaration stops the application instead of leaving
 * rows behind on the first merge.
 */
@Component
class ContactReferences implements SmartInitializingSingleton {

    private final List<ContactReference> declared;
    private final JdbcClient jdbc;

    ContactReferences(List<ContactReference> declared, JdbcClient jdbc) {
        this.jdbc = jdbc;
        Map<String, ContactReference> byColumn = new LinkedHashMap<>();
        declared.stream().sorted(Comparator.comparing(ContactReference::label)).forEach(reference -> {
            if (byColumn.putIfAbsent(reference.table() + "." + reference.column(), reference) != null) {
                throw new IllegalStateException("Two beans declare the contact reference " + reference.table() + "."
                        + reference.column());
            }
        });
        this.declared = List.copyOf(byColumn.values());
    }

    @Override
    public void afterSingletonsInstantiated() {
        declared.forEach(this::check);
    }

    void check(ContactReference reference) {
        String name = reference.table() + "." + reference.column();
        boolean tenantTable = jdbc.sql("""
                        select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = current_schema() and c.relname = ? and c.relkind = 'r' and c.relforcerowsecurity
                          and exists (select 1 from pg_policy p where p.polrelid = c.oid and p.polname = 'tenant_isolation')
                          and exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'audit')""")
                .param(reference.table()).query(Long.class).single() > 0;
        if (!tenantTable) {
            throw new IllegalStateException("Contact reference " + name + ": " + reference.table()
                    + " is not a tenant table (made by jt_make_tenant_table)");
        }
        boolean column = jdbc.sql("""
                        select count(*) from information_schema.columns
                        where table_schema = current_schema() and table_name = ? and column_name = ?""")
                .params(reference.table(), reference.column()).query(Long.class).single() > 0;
        if (!column) {
            throw new IllegalStateException("Contact reference " + name + ": " + reference.table() + " has no column "
                    + reference.column());
        }
        if (reference.rowFilter() != null) return; // a type + id pair: no foreign key can exist
        boolean foreignKey = jdbc.sql("""
                        select count(*) from pg_constraint k
                        join pg_class c on c.oid = k.conrelid
                        join pg_namespace n on n.oid = c.relnamespace
                        join pg_class parent on parent.oid = k.confrelid
                        where n.nspname = current_schema() and c.relname = ? and k.contype = 'f' and parent.relname = 'contact'
                          and (select array_agg(a.attname::text order by u.ord)
                               from unnest(k.conkey) with ordinality as u(attnum, ord)
                               join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.attnum)
                              = array['tenant_id', ?]::text[]""")
                .params(reference.table(), reference.column()).query(Long.class).single() > 0;
        if (!foreignKey) {
            throw new IllegalStateException("Contact reference " + name + " is not a foreign key (tenant_id, "
                    + reference.column() + ") references contact (tenant_id, id)");
        }
    }

    List<ContactReference> all() {
        return declared;
    }

    /** Rows per reference that point at the secondaries: what a merge moves. */
    Map<ContactReference, Long> count(List<ContactId> secondaries) {
        Map<ContactReference, Long> counts = new LinkedHashMap<>();
        List<Long> ids = ids(secondaries);
        for (ContactReference reference : declared) {
            counts.put(reference, jdbc.sql("select count(*) from \"" + reference.table() + "\" where \""
                    + reference.column() + "\" in (:secondaries)"
                    + (reference.rowFilter() == null ? "" : " and " + reference.rowFilter()))
                    .param("secondaries", ids).query(Long.class).single());
        }
        return counts;
    }

    /** Re-points every reference's rows from the secondaries to the primary; answers the rows moved per reference. */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<ContactReference, Long> move(ContactId primary, List<ContactId> secondaries) {
        Map<ContactReference, Long> moved = count(secondaries);
        List<Long> ids = ids(secondaries);
        for (ContactReference reference : declared) {
            if (moved.get(reference) == 0) continue;
            for (String statement : reference.moveStatements()) {
                jdbc.sql(statement).param("primary", primary.value()).param("secondaries", ids).update();
            }
        }
        return moved;
    }

    private static List<Long> ids(List<ContactId> contacts) {
        List<Long> ids = new ArrayList<>();
        contacts.forEach(c -> ids.add(c.value()));
        return ids;
    }
}
