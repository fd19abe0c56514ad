package com.jeweltrak.platform.picklists;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.jeweltrak.platform.RecordNotFound;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every {@link PickList} the modules declared. At startup each usage is checked against the catalog:
 * the table must be a tenant table (forced row-level security with the {@code tenant_isolation}
 * policy and the audit trigger, so a rewrite stays in the tenant and is audited) and the column must
 * exist and hold text. A wrong declaration stops the application instead of failing on first use.
 */
@Component
public class PickLists implements SmartInitializingSingleton {

    private final Map<String, PickList> byKey = new LinkedHashMap<>();
    private final JdbcClient jdbc;

    PickLists(List<PickList> declared, JdbcClient jdbc) {
        this.jdbc = jdbc;
        declared.stream().sorted(java.util.Comparator.comparing(PickList::label)).forEach(list -> {
            if (byKey.putIfAbsent(list.key(), list) != null) {
                throw new IllegalStateException("Two modules declare the pick list " + list.key());
            }
        });
    }

    @Override
    public void afterSingletonsInstantiated() {
        byKey.values().forEach(this::check);
    }

    /** Refuses a declaration whose usages the catalog does not confirm; the message says which and why. */
    void check(PickList list) {
        for (PickList.Usage usage : list.usages()) {
            boolean tenantTable = jdbc.sql("""
                            select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                            where n.nspname = current_schema() and c.relname = ? and c.relkind = 'r' and c.relforcerowsecurity
                              and exists (select 1 from pg_policy p where p.polrelid = c.oid and p.polname = 'tenant_isolation')
                              and exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'audit')""")
                    .param(usage.table()).query(Long.class).single() > 0;
            if (!tenantTable) {
                throw new IllegalStateException("Pick list " + list.key() + ": " + usage.table()
                        + " is not a tenant table (made by jt_make_tenant_table), so its values cannot be maintained");
            }
            Optional<String> type = jdbc.sql("""
                            select data_type from information_schema.columns
                            where table_schema = current_schema() and table_name = ? and column_name = ?""")
                    .params(usage.table(), usage.column()).query(String.class).optional();
            if (type.isEmpty()) {
                throw new IllegalStateException("Pick list " + list.key() + ": " + usage.table() + " has no column "
                        + usage.column());
            }
            if (!type.get().equals("text") && !type.get().equals("character varying")) {
                throw new IllegalStateException("Pick list " + list.key() + ": " + usage.table() + "." + usage.column()
                        + " is " + type.get() + ", not text");
            }
        }
    }

    public List<PickList> all() {
        return List.copyOf(byKey.values());
    }

    /** The list, or 404 — a key is not a secret, but a list nobody declared is not there. */
    public PickList get(String key) {
        PickList list = key == null ? null : byKey.get(key);
        if (list == null) throw new RecordNotFound("List", key);
        return list;
    }
}
