package com.jeweltrak.platform.lists;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Column choices per user and list, kept server-side so they follow the user between devices (R3, R4). */
@Repository
@Transactional(readOnly = true)
public class ColumnPreferences {

    private final JdbcClient jdbc;
    private final Clock clock;

    ColumnPreferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<ColumnChoice> find(UserId user, String listKey) {
        return jdbc.sql("""
                        select visible_columns, hidden_columns from list_column_preference
                        where user_id = ? and list_key = ?""")
                .params(user.value(), listKey)
                .query((rs, n) -> new ColumnChoice(strings(rs.getArray(1)), strings(rs.getArray(2))))
                .optional();
    }

    @Transactional
    public void save(UserId user, String listKey, ColumnChoice choice) {
        jdbc.sql("""
                        insert into list_column_preference (tenant_id, user_id, list_key, visible_columns, hidden_columns, updated_at)
                        values (?, ?, ?, ?::text[], ?::text[], ?)
                        on conflict (tenant_id, user_id, list_key) do update
                        set visible_columns = excluded.visible_columns, hidden_columns = excluded.hidden_columns,
                            updated_at = excluded.updated_at""")
                .params(TenantContext.requireTenant().value(), user.value(), listKey,
                        choice.visible().stream().sorted().toArray(String[]::new),
                        choice.hidden().stream().sorted().toArray(String[]::new), Timestamp.from(clock.instant()))
                .update();
    }

    /** R6: forgets the choice, so the list shows its defaults again. */
    @Transactional
    public void reset(UserId user, String listKey) {
        jdbc.sql("delete from list_column_preference where user_id = ? and list_key = ?")
                .params(user.value(), listKey).update();
    }

    private static Set<String> strings(Array array) throws SQLException {
        return array == null ? Set.of() : Set.of((String[]) array.getArray());
    }
}
