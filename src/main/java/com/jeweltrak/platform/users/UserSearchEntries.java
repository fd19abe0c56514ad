package com.jeweltrak.platform.users;

import java.util.List;

import com.jeweltrak.platform.search.SearchEntry;
import com.jeweltrak.platform.search.SearchIndex;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A user as the global search finds them: by e-mail (exactly, first), name, groups and phone. Rebuilt
 * from the rows just written, in the same transaction, so it can never disagree with them.
 */
@Component
public class UserSearchEntries {

    public static final String TYPE = "user";

    private final JdbcClient jdbc;
    private final SearchIndex index;

    UserSearchEntries(JdbcClient jdbc, SearchIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    void reindex(UserId id) {
        jdbc.sql("""
                        select u.id, u.email, trim(u.first_name || ' ' || u.last_name), u.active, u.phone,
                               (select string_agg(g.name, ', ' order by g.name)
                                from user_group ug join permission_group g on g.tenant_id = ug.tenant_id and g.id = ug.group_id
                                where ug.tenant_id = u.tenant_id and ug.user_id = u.id)
                        from app_user u where u.id = ?""")
                .param(id.value())
                .query((rs, n) -> new SearchEntry(TYPE, rs.getLong(1), null, rs.getString(2), rs.getString(3),
                        rs.getString(6), rs.getBoolean(4) ? "Active" : "Inactive", rs.getString(5)))
                .optional()
                .ifPresent(index::index);
    }

    /** A restore wrote user rows (or a user's groups) past the repository: their entries follow, in its transaction. */
    @org.springframework.context.event.EventListener
    void restored(com.jeweltrak.platform.audit.RecordsRestored restored) {
        restored.idsIn("app_user", "user_group").forEach(id -> reindex(new UserId(id)));
        restored.idsIn("permission_group").forEach(this::reindexMembersOf);
    }

    /** A renamed group changes the subtitle of everyone in it. */
    void reindexMembersOf(long groupId) {
        List<Long> members = jdbc.sql("select user_id from user_group where group_id = ?").param(groupId)
                .query(Long.class).list();
        members.forEach(member -> reindex(new UserId(member)));
    }
}
