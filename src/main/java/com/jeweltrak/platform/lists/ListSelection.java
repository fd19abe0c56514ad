package com.jeweltrak.platform.lists;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;

/**
 * The rows ticked on a list, kept in the user's session per list so the selection survives paging,
 * sorting and searching until it is used by a bulk action or cleared. Sessions live in PostgreSQL:
 * every change writes a fresh set back with {@code setAttribute}, because a set changed in place is
 * not saved.
 */
@Component
public class ListSelection {

    static final String ATTRIBUTE_PREFIX = "jeweltrak.list.selection.";

    public Set<Long> of(HttpSession session, String listKey) {
        if (session == null) return Set.of();
        Object stored = session.getAttribute(ATTRIBUTE_PREFIX + listKey);
        return stored instanceof Set<?> set ? copy(set) : Set.of();
    }

    /** Ticks ({@code selected}) or unticks the given rows, leaving the rest of the selection as it was. */
    public Set<Long> change(HttpSession session, String listKey, Collection<Long> ids, boolean selected) {
        LinkedHashSet<Long> now = new LinkedHashSet<>(of(session, listKey));
        if (selected) now.addAll(ids);
        else now.removeAll(ids);
        session.setAttribute(ATTRIBUTE_PREFIX + listKey, now);
        return Set.copyOf(now);
    }

    public void clear(HttpSession session, String listKey) {
        if (session != null) session.removeAttribute(ATTRIBUTE_PREFIX + listKey);
    }

    private static Set<Long> copy(Set<?> stored) {
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        for (Object id : stored) if (id instanceof Long value) ids.add(value);
        return ids;
    }
}
