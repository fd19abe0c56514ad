package com.jeweltrak.platform.lists;

import java.util.Set;

import com.jeweltrak.platform.security.CurrentUser;
import jakarta.servlet.http.HttpSession;

/**
 * Something a module lets a user do to all the rows selected on one of its lists. Declare it as a
 * bean: the list's bulk-action bar shows it under <b>Actions ▾</b> to users it {@link #allows}.
 * <p>
 * There are two kinds:
 * <ul>
 * <li><b>Runs at once</b> (the default): the bar posts to {@code /lists/bulk}, which calls {@link #run(Run)}
 * with the selection, clears the selection when it is done and goes back to the list — or to {@link #next()} —
 * with the message it answers ("Deactivate selected", "Print tags").</li>
 * <li><b>Asks first</b>: {@link #form()} answers the path of a page of the module; the bar's entry is a
 * link to it with the list key as {@code ?list=…}. That page asks for what the action needs (a store, a
 * price rule, a customer, "new or existing open invoice"), previews, and on confirm reads the selection
 * with {@link BulkActions#target}, acts, clears it ({@link ListSelection#clear}) and redirects to
 * {@link BulkActions.Target#backUrl()} with a {@code flash} message (skipped rows named with the
 * reason). Invoice, Memo, Return to vendor and Scrap are each one such bean plus its page.</li>
 * </ul>
 * An action may serve several lists (one bean for the five inventory lists): override
 * {@link #actsOn(String)}, and {@link #allows(String, CurrentUser)} when the permission depends on the list.
 */
public interface BulkAction {

    /** What the action runs with: the list, the selected ids (as ticked; look each up under RLS) and the session. */
    record Run(String listKey, Set<Long> ids, HttpSession session) {
    }

    /** The list it acts on, e.g. {@code settings.users} (for an action on several lists, a name for them). */
    String list();

    /** Stable key, unique within the list. */
    String key();

    /** The menu entry's label, e.g. "Deactivate selected". */
    String label();

    /** The permission a user needs to see and run it. */
    String permission();

    /** Whether it is offered on that list; by default on {@link #list()} alone. */
    default boolean actsOn(String listKey) {
        return list().equals(listKey);
    }

    /** Whether that user sees and may run it on that list; by default holding {@link #permission()}. */
    default boolean allows(String listKey, CurrentUser user) {
        return user.can(permission());
    }

    /** An action that asks first answers its page's path (no query); null runs at once. */
    default String form() {
        return null;
    }

    /** Whether the bar asks "Label: n rows?" before running it at once (not for harmless ones like queueing tags). */
    default boolean confirms() {
        return true;
    }

    /** Where to go after {@link #run(Run)} succeeded (e.g. the print queue); null goes back to the list. */
    default String next() {
        return null;
    }

    /**
     * Runs the action on the selection and answers the message to show. A
     * {@link com.jeweltrak.platform.BusinessRuleViolated} refuses the whole batch; its message is shown
     * instead, so the action should change all rows in one transaction.
     */
    default String run(Run run) {
        return run(run.ids());
    }

    /** The short form of {@link #run(Run)} for actions needing only the ids. */
    default String run(Set<Long> ids) {
        throw new UnsupportedOperationException(key() + " asks first: its page is " + form());
    }
}
