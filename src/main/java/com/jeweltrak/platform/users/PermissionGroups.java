package com.jeweltrak.platform.users;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's permission groups (roles). */
@Repository
@Transactional(readOnly = true)
public class PermissionGroups {

    private final JdbcClient jdbc;
    private final UserSearchEntries userSearchEntries;

    PermissionGroups(JdbcClient jdbc, UserSearchEntries userSearchEntries) {
        this.jdbc = jdbc;
        this.userSearchEntries = userSearchEntries;
    }

    public List<PermissionGroup> all() {
        return jdbc.sql("select id from permission_group order by built_in desc, lower(name)")
                .query(Long.class).list().stream().map(this::get).toList();
    }

    public Optional<PermissionGroup> find(long id) {
        return jdbc.sql("select id, name, description, built_in from permission_group where id = ?")
                .param(id)
                .query((rs, n) -> new PermissionGroup(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        new HashSet<>(jdbc.sql("select permission_key from permission_group_grant where group_id = ?")
                                .param(id).query(String.class).list())))
                .optional();
    }

    public PermissionGroup get(long id) {
        return find(id).orElseThrow(() -> new RecordNotFound("Permission group", id));
    }

    public Optional<Long> findIdByName(String name) {
        return jdbc.sql("select id from permission_group where lower(name) = lower(?)").param(name.trim())
                .query(Long.class).optional();
    }

    public long memberCount(long groupId) {
        return jdbc.sql("select count(*) from user_group where group_id = ?").param(groupId).query(Long.class).single();
    }

    public long add(PermissionGroup group) {
        long id = jdbc.sql("insert into permission_group (tenant_id, name, description, built_in) values (?, ?, ?, ?) returning id")
                .params(TenantContext.requireTenant().value(), group.name().trim(), group.description(), group.builtIn())
                .query(Long.class).single();
        writeGrants(id, group);
        return id;
    }

    public void update(PermissionGroup group) {
        jdbc.sql("update permission_group set name = ?, description = ? where id = ?")
                .params(group.name(), group.description(), group.id()).update();
        userSearchEntries.reindexMembersOf(group.id());
        List<String> current = jdbc.sql("select permission_key from permission_group_grant where group_id = ?")
                .param(group.id()).query(String.class).list();
        for (String key : current) {
            if (!group.grants().contains(key)) {
                jdbc.sql("delete from permission_group_grant where group_id = ? and permission_key = ?")
                        .params(group.id(), key).update();
            }
        }
        PermissionGroup added = new PermissionGroup(group.id(), group.name(), group.description(), group.builtIn(),
                group.grants().stream().filter(k -> !current.contains(k)).collect(java.util.stream.Collectors.toSet()));
        writeGrants(group.id(), added);
    }

    private void writeGrants(long id, PermissionGroup group) {
        long tenant = TenantContext.requireTenant().value();
        for (String key : group.grants()) {
            jdbc.sql("insert into permission_group_grant (tenant_id, group_id, permission_key) values (?, ?, ?)")
                    .params(tenant, id, key).update();
        }
    }
}
