package com.jeweltrak.platform.audit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a table's shape from the PostgreSQL catalog. Only tenant tables — those carrying the
 * {@code tenant_isolation} policy that {@code jt_make_tenant_table} creates — are offered: a restore
 * must never write a table row-level security does not guard. Shapes change only with a migration,
 * which restarts the application, so each is read once.
 */
@Component
class TenantTables {

    private static final Pattern TENANT_COLUMN = Pattern.compile("\"?([a-z_][a-z0-9_]*)\"?\\s*=\\s*jt_current_tenant\\(\\)");

    private final JdbcClient jdbc;
    private final Map<String, Optional<TableShape>> shapes = new ConcurrentHashMap<>();

    TenantTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TableShape> find(String table) {
        Optional<TableShape> known = shapes.get(table);
        if (known != null) return known;
        Optional<TableShape> read = read(table);
        shapes.put(table, read);
        return read;
    }

    private Optional<TableShape> read(String table) {
        Optional<Long> oid = jdbc.sql("""
                        select c.oid from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = current_schema() and c.relname = ? and c.relkind = 'r'""")
                .param(table).query(Long.class).optional();
        if (oid.isEmpty()) return Optional.empty();
        Optional<String> policy = jdbc.sql("""
                        select pg_get_expr(p.polqual, p.polrelid) from pg_policy p
                        where p.polrelid = ?::oid and p.polname = 'tenant_isolation'""")
                .param(oid.get()).query(String.class).optional();
        if (policy.isEmpty()) return Optional.empty();
        Matcher m = TENANT_COLUMN.matcher(policy.get());
        if (!m.find()) return Optional.empty();
        List<TableShape.Column> columns = jdbc.sql("""
                        select a.attname, format_type(a.atttypid, a.atttypmod), a.attidentity = 'a', a.attgenerated <> ''
                        from pg_attribute a
                        where a.attrelid = ?::oid and a.attnum > 0 and not a.attisdropped
                        order by a.attnum""")
                .param(oid.get())
                .query((rs, n) -> new TableShape.Column(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4)))
                .list();
        List<String> primaryKey = jdbc.sql("""
                        select a.attname from pg_index i
                        join lateral unnest(i.indkey::int2[]) with ordinality as k(attnum, position) on true
                        join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
                        where i.indrelid = ?::oid and i.indisprimary
                        order by k.position""")
                .param(oid.get()).query(String.class).list();
        List<TableShape.ForeignKey> foreignKeys = jdbc.sql("""
                        select con.conname, parent.relname,
                               array(select a.attname from unnest(con.conkey) with ordinality k(attnum, position)
                                     join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum order by k.position),
                               array(select a.attname from unnest(con.confkey) with ordinality k(attnum, position)
                                     join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum order by k.position)
                        from pg_constraint con join pg_class parent on parent.oid = con.confrelid
                        where con.conrelid = ?::oid and con.contype = 'f'
                        order by con.conname""")
                .param(oid.get())
                .query((rs, n) -> new TableShape.ForeignKey(rs.getString(1), List.of((String[]) rs.getArray(3).getArray()),
                        rs.getString(2), List.of((String[]) rs.getArray(4).getArray())))
                .list();
        String auditKey = jdbc.sql("select encode(tgargs, 'escape') from pg_trigger where tgrelid = ?::oid and tgname = 'audit'")
                .param(oid.get()).query(String.class).optional()
                .map(args -> args.split("\\\\000")[0]).filter(a -> !a.isBlank()).orElse("id");
        Map<String, List<String>> uniqueKeys = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select ic.relname,
                               array(select pg_get_indexdef(i.indexrelid, k, true) from generate_series(1, i.indnkeyatts) k order by k)
                        from pg_index i join pg_class ic on ic.oid = i.indexrelid
                        where i.indrelid = ?::oid and i.indisunique and not i.indisprimary""")
                .param(oid.get())
                .query((rs, n) -> uniqueKeys.put(rs.getString(1), List.of((String[]) rs.getArray(2).getArray())))
                .list();
        return Optional.of(new TableShape(table, m.group(1), columns, primaryKey, foreignKeys, auditKey, Map.copyOf(uniqueKeys)));
    }
}
