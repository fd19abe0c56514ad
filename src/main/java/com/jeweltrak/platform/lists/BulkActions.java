package com.jeweltrak.platform.lists;

import java.util.List;
import java.util.Optional;

import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The bulk actions the modules registered, found per list and filtered by what the user may do. */
@Component
public class BulkActions {

    private final List<BulkAction> actions;

    BulkActions(List<BulkAction> actions) {
        this.actions = List.copyOf(actions);
    }

    public List<BulkAction> available(String listKey, CurrentUser user) {
        return actions.stream().filter(a -> a.list().equals(listKey) && user.can(a.permission())).toList();
    }

    public Optional<BulkAction> find(String listKey, String actionKey, CurrentUser user) {
        return available(listKey, user).stream().filter(a -> a.key().equals(actionKey)).findFirst();
    }
}
