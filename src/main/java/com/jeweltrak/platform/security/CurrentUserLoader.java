package com.jeweltrak.platform.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.jeweltrak.platform.tenancy.Organizations;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.users.EffectivePermissions;
import com.jeweltrak.platform.users.User;
import com.jeweltrak.platform.users.Users;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads who the signed-in user is right now: active or not, what they may do, where they may work. */
@Component
class CurrentUserLoader {

    private final Users users;
    private final Organizations organizations;
    private final JdbcClient jdbc;

    CurrentUserLoader(Users users, Organizations organizations, JdbcClient jdbc) {
        this.users = users;
        this.organizations = organizations;
        this.jdbc = jdbc;
    }

    /** Empty when the user no longer exists or is deactivated: the caller must end the session. */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> load(SignedInUser signedIn, StoreId wantedStore) {
        if (!TenantContext.currentTenant().map(signedIn.tenant()::equals).orElse(false)) {
            throw new IllegalStateException("Load the current user as its own tenant");
        }
        Optional<User> found = users.find(signedIn.user()).filter(User::active);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        User user = found.get();
        Set<String> permissions = EffectivePermissions.of(users.grantedByGroups(user.id()), user.overrides());
        List<CurrentUser.StoreChoice> stores = jdbc.sql("""
                        select s.id, s.name, s.time_zone from store s
                        join user_store_access a on a.tenant_id = s.tenant_id and a.store_id = s.id
                        where a.user_id = ? and s.active
                        order by lower(s.name), s.id""")
                .param(user.id().value())
                .query((rs, n) -> new CurrentUser.StoreChoice(new StoreId(rs.getLong(1)), rs.getString(2),
                        java.time.ZoneId.of(rs.getString(3))))
                .list();
        CurrentUser.StoreChoice current = pick(stores, wantedStore)
                .or(() -> pick(stores, user.defaultStore()))
                .orElse(stores.isEmpty() ? null : stores.getFirst());
        String organization = organizations.current().map(o -> o.name()).orElse("");
        return Optional.of(new CurrentUser(signedIn.tenant(), user.id(), user.displayName(), user.email(), organization,
                permissions, stores, current));
    }

    private static Optional<CurrentUser.StoreChoice> pick(List<CurrentUser.StoreChoice> stores, StoreId wanted) {
        return wanted == null ? Optional.empty() : stores.stream().filter(s -> s.id().equals(wanted)).findFirst();
    }
}
