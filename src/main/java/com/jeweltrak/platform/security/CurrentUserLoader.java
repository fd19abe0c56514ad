package com.jeweltrak.platform.security;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.UserId;
import com.jeweltrak.platform.users.EffectivePermissions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads who the signed-in user is right now: active or not, what they may do, where they may work.
 * It runs on every request, so it is one statement: the user, their groups' grants, their overrides,
 * their active stores and the organization's name in a single round trip.
 */
@Component
public class CurrentUserLoader {

    private static final String CURRENT_USER = """
            select u.id, trim(u.first_name || ' ' || u.last_name) as display_name, u.email, u.default_store_id,
                   t.name as organization,
                   array(select distinct gg.permission_key
                         from user_group ug
                         join permission_group_grant gg on gg.tenant_id = ug.tenant_id and gg.group_id = ug.group_id
                         where ug.tenant_id = u.tenant_id and ug.user_id = u.id) as granted_by_groups,
                   array(select o.permission_key from user_permission_override o
                         where o.tenant_id = u.tenant_id and o.user_id = u.id and o.granted) as override_grants,
                   array(select o.permission_key from user_permission_override o
                         where o.tenant_id = u.tenant_id and o.user_id = u.id and not o.granted) as override_denials,
                   stores.ids as store_ids, stores.names as store_names, stores.zones as store_zones
            from app_user u
            cross join lateral (
                select array_agg(s.id order by lower(s.name), s.id) as ids,
                       array_agg(s.name order by lower(s.name), s.id) as names,
                       array_agg(s.time_zone order by lower(s.name), s.id) as zones
                from store s
                join user_store_access a on a.tenant_id = s.tenant_id and a.store_id = s.id
                where a.tenant_id = u.tenant_id and a.user_id = u.id and s.active) stores
            join tenant t on t.id = u.tenant_id
            where u.id = ? and u.active""";

    private final JdbcClient jdbc;

    CurrentUserLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when the user no longer exists or is deactivated: the caller must end the session. */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> load(SignedInUser signedIn, StoreId wantedStore) {
        if (!TenantContext.currentTenant().map(signedIn.tenant()::equals).orElse(false)) {
            throw new IllegalStateException("Load the current user as its own tenant");
        }
        return jdbc.sql(CURRENT_USER).param(signedIn.user().value())
                .query((rs, n) -> read(signedIn, rs, wantedStore))
                .optional();
    }

    private static CurrentUser read(SignedInUser signedIn, ResultSet rs, StoreId wantedStore) throws SQLException {
        Map<String, Boolean> overrides = new HashMap<>();
        strings(rs.getArray("override_grants")).forEach(key -> overrides.put(key, true));
        strings(rs.getArray("override_denials")).forEach(key -> overrides.put(key, false));
        Set<String> permissions = EffectivePermissions.of(strings(rs.getArray("granted_by_groups")), overrides);

        List<CurrentUser.StoreChoice> stores = new ArrayList<>();
        Array ids = rs.getArray("store_ids");
        if (ids != null) {
            Long[] storeIds = (Long[]) ids.getArray();
            List<String> names = strings(rs.getArray("store_names"));
            List<String> zones = strings(rs.getArray("store_zones"));
            for (int i = 0; i < storeIds.length; i++) {
                stores.add(new CurrentUser.StoreChoice(new StoreId(storeIds[i]), names.get(i), ZoneId.of(zones.get(i))));
            }
        }
        Long defaultStore = (Long) rs.getObject("default_store_id");
        CurrentUser.StoreChoice current = pick(stores, wantedStore)
                .or(() -> pick(stores, defaultStore == null ? null : new StoreId(defaultStore)))
                .orElse(stores.isEmpty() ? null : stores.getFirst());
        return new CurrentUser(signedIn.tenant(), new UserId(rs.getLong("id")), rs.getString("display_name"),
                rs.getString("email"), rs.getString("organization"), permissions, List.copyOf(stores), current);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static Optional<CurrentUser.StoreChoice> pick(List<CurrentUser.StoreChoice> stores, StoreId wanted) {
        return wanted == null ? Optional.empty() : stores.stream().filter(s -> s.id().equals(wanted)).findFirst();
    }
}
