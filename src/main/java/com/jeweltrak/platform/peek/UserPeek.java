package com.jeweltrak.platform.peek;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.security.Sessions;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.tenancy.UserId;
import com.jeweltrak.platform.users.PermissionGroup;
import com.jeweltrak.platform.users.PermissionGroups;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.platform.users.UserSearchEntries;
import com.jeweltrak.platform.users.Users;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A staff member at a glance: contact, groups, stores, whether they can sign in and how many sessions are open. */
@Component
class UserPeek implements PeekProvider {

    private final Users users;
    private final PermissionGroups groups;
    private final Stores stores;
    private final Sessions sessions;

    UserPeek(Users users, PermissionGroups groups, Stores stores, Sessions sessions) {
        this.users = users;
        this.groups = groups;
        this.stores = stores;
        this.sessions = sessions;
    }

    @Override
    public String type() {
        return UserSearchEntries.TYPE;
    }

    @Override
    public String label() {
        return "User";
    }

    @Override
    public String permission() {
        return Permission.CAN_MANAGE_USERS;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Peek> peek(long id, CurrentUser viewer) {
        return users.find(new UserId(id)).map(user -> {
            List<String> groupNames = user.groups().stream().map(groups::find).flatMap(Optional::stream)
                    .map(PermissionGroup::name).sorted(String.CASE_INSENSITIVE_ORDER).toList();
            // stores open their own peek on top of this one (R4)
            List<Store> userStores = user.stores().stream().map(stores::find).flatMap(Optional::stream)
                    .sorted(Comparator.comparing((Store s) -> s.name().toLowerCase())).toList();
            int openSessions = sessions.of(viewer.tenant(), user.id(), null).size();
            return new Peek(user.displayName(), user.active() ? "Active" : "Inactive", "/settings/users/" + id,
                    "platform/peek/user", Map.of("peekUser", user, "peekGroups", groupNames, "peekStores", userStores,
                    "peekSessions", openSessions));
        });
    }
}
