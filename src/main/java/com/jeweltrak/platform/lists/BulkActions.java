package com.jeweltrak.platform.lists;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;

/** The bulk actions the modules registered, found per list and filtered by what the user may do. */
@Component
public class BulkActions {

    /** What an asking-first action's page works on: the list, its selection and the way back to it. */
    public record Target(String listKey, Set<Long> ids, String backUrl) {
    }

    private final List<BulkAction> actions;
    private final ListDefinitions definitions;
    private final ListSelection selection;

    BulkActions(List<BulkAction> actions, ListDefinitions definitions, ListSelection selection) {
        this.actions = List.copyOf(actions);
        this.definitions = definitions;
        this.selection = selection;
    }

    public List<BulkAction> available(String listKey, CurrentUser user) {
        return actions.stream().filter(a -> a.actsOn(listKey) && a.allows(listKey, user)).toList();
    }

    public Optional<BulkAction> find(String listKey, String actionKey, CurrentUser user) {
        return available(listKey, user).stream().filter(a -> a.key().equals(actionKey)).findFirst();
    }

    /**
     * For an asking-first action's page: the list (403 without its permission, 404 for an unknown key), the
     * action offered there to this user (404 otherwise) and the current selection, possibly empty.
     */
    public Target target(String listKey, String actionKey, HttpSession session) {
        ListDefinition<?> definition = definitions.forCurrentUser(listKey);
        find(definition.key(), actionKey, CurrentUser.require())
                .orElseThrow(() -> new RecordNotFound("Bulk action", actionKey));
        return new Target(definition.key(), selection.of(session, definition.key()), definition.pageUrl());
    }
}
