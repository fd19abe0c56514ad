package com.jeweltrak.platform.web;

import java.util.Set;
import java.util.stream.Collectors;

import com.jeweltrak.platform.lists.BulkAction;
import com.jeweltrak.platform.tenancy.UserId;
import com.jeweltrak.platform.users.ManagingUsers;
import com.jeweltrak.platform.users.Permission;
import org.springframework.stereotype.Component;

/**
 * "Deactivate selected" on Settings → Users: every selected user is deactivated (Users R6, their
 * sessions end) in one transaction, so when the batch would leave nobody who can manage users
 * (Permissions R16) none of them is. Another tenant's id is not found and refuses the batch too.
 */
@Component
class DeactivateSelectedUsers implements BulkAction {

    private final ManagingUsers managing;

    DeactivateSelectedUsers(ManagingUsers managing) {
        this.managing = managing;
    }

    @Override
    public String list() {
        return UsersList.KEY;
    }

    @Override
    public String key() {
        return "deactivate";
    }

    @Override
    public String label() {
        return "Deactivate selected";
    }

    @Override
    public String permission() {
        return Permission.CAN_MANAGE_USERS;
    }

    @Override
    public String run(Set<Long> ids) {
        int changed = managing.deactivateAll(ids.stream().map(UserId::new).collect(Collectors.toSet()));
        return changed == 1 ? "1 user deactivated; their sessions ended."
                : changed + " users deactivated; their sessions ended.";
    }
}
