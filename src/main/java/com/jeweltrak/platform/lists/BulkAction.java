package com.jeweltrak.platform.lists;

import java.util.Set;

/**
 * Something a module lets a user do to all the rows selected on one of its lists. Declare it as a
 * bean: the list shows it in the bulk-action bar to users holding {@link #permission()}.
 */
public interface BulkAction {

    /** The list it acts on, e.g. {@code settings.users}. */
    String list();

    /** Stable key, unique within the list. */
    String key();

    /** The button's label, e.g. "Deactivate selected". */
    String label();

    /** The permission a user needs to see and run it. */
    String permission();

    /**
     * Runs the action on the selected ids and answers the message to show. A
     * {@link com.jeweltrak.platform.BusinessRuleViolated} refuses the whole batch; its message is shown
     * instead, so the action should change all rows in one transaction.
     */
    String run(Set<Long> ids);
}
