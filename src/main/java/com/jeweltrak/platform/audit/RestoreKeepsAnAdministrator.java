package com.jeweltrak.platform.audit;

import java.util.List;
import java.util.Set;

import com.jeweltrak.platform.users.LastAdministratorCannotLeave;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.platform.users.Users;
import org.springframework.stereotype.Component;

/**
 * Permissions R16 holds for restores too: bringing back an old deny, an old group or an inactive flag
 * must not leave the organization without an active user who can manage users.
 */
@Component
class RestoreKeepsAnAdministrator implements RestoreGuard {

    private static final Set<String> PEOPLE_TABLES = Set.of("app_user", "user_group", "user_permission_override",
            "permission_group_grant", "permission_group");

    private final Users users;

    RestoreKeepsAnAdministrator(Users users) {
        this.users = users;
    }

    @Override
    public void check(AuditEntry entry, List<RestoredRow> rows) {
        if (rows.stream().noneMatch(r -> PEOPLE_TABLES.contains(r.table()))) return;
        if (users.countActiveHolding(Permission.CAN_MANAGE_USERS) == 0) {
            throw new Refused(new LastAdministratorCannotLeave().getMessage());
        }
    }

    static class Refused extends RestoreRefused {
        Refused(String message) {
            super(message, false);
        }
    }
}
