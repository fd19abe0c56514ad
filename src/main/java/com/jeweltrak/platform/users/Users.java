package com.jeweltrak.platform.users;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.lists.ListQuery;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's users. Row-level security confines every query to the current tenant. */
@Repository
@Transactional(readOnly = true)
public class Users {

    private final JdbcClient jdbc;
    private final UserSearchEntries searchEntries;

    Users(JdbcClient jdbc, UserSearchEntries searchEntries) {
        this.jdbc = jdbc;
        this.searchEntries = searchEntries;
    }

    public Optional<User> find(UserId id) {
        return jdbc.sql("select id, first_name, last_name, email, phone, active, default_store_id from app_user where id = ?")
                .param(id.value())
                .query((rs, n) -> new Row(new UserId(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), (Long) rs.getObject(7)))
                .optional()
                .map(this::assemble);
    }

    public User get(UserId id) {
        return find(id).orElseThrow(() -> new RecordNotFound("User", id));
    }

    public record Listed(UserId id, String name, String email, boolean active, List<String> groups, String phone) {
    }

    /** One page of users matching the search, active ones first, then by name. */
    public Paged<Listed> list(String search, int page, int size) {
        return list(ListQuery.of(search, DEFAULT_ORDER + ", u.id", page, size));
    }

    /** The order of the users list when no sort is asked for: active first, then by name. */
    public static final String DEFAULT_ORDER = "u.active desc, lower(u.first_name), lower(u.last_name)";

    private static final String LISTED = """
            select u.id, trim(u.first_name || ' ' || u.last_name), u.email, u.active,
                   coalesce(array_agg(g.name order by g.name) filter (where g.id is not null), '{}'), u.phone
            from app_user u
            left join user_group ug on ug.tenant_id = u.tenant_id and ug.user_id = u.id
            left join permission_group g on g.tenant_id = ug.tenant_id and g.id = ug.group_id
            """;

    private static final String MATCHING = "lower(u.first_name || ' ' || u.last_name || ' ' || u.email) like ?";

    /**
     * Users for the list component: the query's conditions and order are SQL from the list's
     * definition (alias {@code u} is the user), the search text a parameter.
     */
    public Paged<Listed> list(ListQuery query) {
        long total = jdbc.sql("select count(*) from app_user u where " + MATCHING + " and " + query.where())
                .param(query.searchPattern()).query(Long.class).single();
        List<Listed> rows = jdbc.sql(LISTED + " where " + MATCHING + " and " + query.where()
                        + " group by u.tenant_id, u.id order by " + query.orderBy() + " limit ? offset ?")
                .params(query.searchPattern(), query.size(), query.offset())
                .query(Users::listed)
                .list();
        return new Paged<>(rows, query.page(), query.size(), total);
    }

    /** Every user matching the query, in its order, one at a time (exports). */
    public void each(ListQuery query, Consumer<? super Listed> row) {
        jdbc.sql(LISTED + " where " + MATCHING + " and " + query.where()
                        + " group by u.tenant_id, u.id order by " + query.orderBy())
                .withFetchSize(500)
                .param(query.searchPattern())
                .query((RowCallbackHandler) rs -> row.accept(listed(rs, 0)));
    }

    private static Listed listed(ResultSet rs, int n) throws SQLException {
        return new Listed(new UserId(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                List.of((String[]) rs.getArray(5).getArray()), rs.getString(6));
    }

    public UserId add(User user, String passwordHash, Instant now) {
        long id = jdbc.sql("""
                        insert into app_user (tenant_id, first_name, last_name, email, phone, active, default_store_id,
                                              password_hash, password_changed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(TenantContext.requireTenant().value(), user.firstName().trim(), user.lastName().trim(),
                        user.email().trim(), user.phone(), user.active(), storeValue(user.defaultStore()), passwordHash,
                        passwordHash == null ? null : java.sql.Timestamp.from(now))
                .query(Long.class).single();
        UserId userId = new UserId(id);
        writeMemberships(userId, user);
        searchEntries.reindex(userId);
        return userId;
    }

    public void update(User user) {
        jdbc.sql("""
                        update app_user set first_name = ?, last_name = ?, email = ?, phone = ?, active = ?, default_store_id = ?
                        where id = ?""")
                .params(user.firstName().trim(), user.lastName().trim(), user.email().trim(), user.phone(), user.active(),
                        storeValue(user.defaultStore()), user.id().value())
                .update();
        writeMemberships(user.id(), user);
        searchEntries.reindex(user.id());
    }

    /** Puts a store on the user's list; a store already there stays once. */
    @Transactional
    public void addStoreAccess(UserId id, StoreId store) {
        jdbc.sql("""
                        insert into user_store_access (tenant_id, user_id, store_id) values (?, ?, ?)
                        on conflict do nothing""")
                .params(TenantContext.requireTenant().value(), id.value(), store.value()).update();
    }

    public Optional<String> passwordHash(UserId id) {
        return jdbc.sql("select password_hash from app_user where id = ?").param(id.value()).query(String.class).optional();
    }

    public void changePasswordHash(UserId id, String hash, Instant now) {
        jdbc.sql("update app_user set password_hash = ?, password_changed_at = ? where id = ?")
                .params(hash, java.sql.Timestamp.from(now), id.value()).update();
    }

    /** Keys granted by the user's groups (before overrides). */
    public Set<String> grantedByGroups(UserId id) {
        return new HashSet<>(jdbc.sql("""
                        select distinct gg.permission_key from user_group ug
                        join permission_group_grant gg on gg.tenant_id = ug.tenant_id and gg.group_id = ug.group_id
                        where ug.user_id = ?""")
                .param(id.value()).query(String.class).list());
    }

    /** Active users whose effective permissions include the key — to refuse a lock-out (Permissions R16). */
    public long countActiveHolding(String permissionKey) {
        return jdbc.sql("""
                        select count(*) from app_user u
                        where u.active and coalesce(
                            (select o.granted from user_permission_override o where o.tenant_id = u.tenant_id and o.user_id = u.id and o.permission_key = :key),
                            exists (select 1 from user_group ug
                                    join permission_group_grant gg on gg.tenant_id = ug.tenant_id and gg.group_id = ug.group_id
                                    where ug.tenant_id = u.tenant_id and ug.user_id = u.id and gg.permission_key = :key))""")
                .param("key", permissionKey).query(Long.class).single();
    }

    /**
     * Brings the user's groups, stores and overrides to what the aggregate says, touching only the
     * rows that differ — so the audit log records what changed, not a delete and re-insert of all.
     */
    private void writeMemberships(UserId id, User user) {
        long tenant = TenantContext.requireTenant().value();
        Long[] groups = user.groups().toArray(Long[]::new);
        Long[] stores = user.stores().stream().map(StoreId::value).toArray(Long[]::new);
        jdbc.sql("delete from user_group where user_id = ? and not (group_id = any(?))").params(id.value(), groups).update();
        jdbc.sql("insert into user_group (tenant_id, user_id, group_id) select ?, ?, unnest(?::bigint[]) on conflict do nothing")
                .params(tenant, id.value(), groups).update();
        jdbc.sql("delete from user_store_access where user_id = ? and not (store_id = any(?))").params(id.value(), stores).update();
        jdbc.sql("insert into user_store_access (tenant_id, user_id, store_id) select ?, ?, unnest(?::bigint[]) on conflict do nothing")
                .params(tenant, id.value(), stores).update();
        String[] keys = user.overrides().keySet().toArray(String[]::new);
        jdbc.sql("delete from user_permission_override where user_id = ? and not (permission_key = any(?))")
                .params(id.value(), keys).update();
        user.overrides().forEach((key, granted) -> jdbc.sql("""
                        insert into user_permission_override (tenant_id, user_id, permission_key, granted) values (?, ?, ?, ?)
                        on conflict (tenant_id, user_id, permission_key) do update set granted = excluded.granted
                        where user_permission_override.granted is distinct from excluded.granted""")
                .params(tenant, id.value(), key, granted).update());
    }

    private record Row(UserId id, String first, String last, String email, String phone, boolean active, Long defaultStore) {
    }

    private User assemble(Row row) {
        Set<Long> groups = new HashSet<>(jdbc.sql("select group_id from user_group where user_id = ?")
                .param(row.id().value()).query(Long.class).list());
        Set<StoreId> stores = new HashSet<>(jdbc.sql("select store_id from user_store_access where user_id = ?")
                .param(row.id().value()).query(Long.class).list().stream().map(StoreId::new).toList());
        Map<String, Boolean> overrides = new HashMap<>();
        jdbc.sql("select permission_key, granted from user_permission_override where user_id = ?")
                .param(row.id().value())
                .query(rs -> {
                    overrides.put(rs.getString(1), rs.getBoolean(2));
                });
        return new User(row.id(), row.first(), row.last(), row.email(), row.phone(), row.active(),
                row.defaultStore() == null ? null : new StoreId(row.defaultStore()), groups, stores, overrides);
    }

    private static Long storeValue(StoreId store) {
        return store == null ? null : store.value();
    }
}
