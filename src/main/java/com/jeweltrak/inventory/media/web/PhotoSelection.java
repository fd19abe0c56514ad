package com.jeweltrak.inventory.media.web;

import java.util.Collection;
import java.util.LinkedHashSet;

import jakarta.servlet.http.HttpSession;

/**
 * The photos picked for Bulk Image Download, kept in the session (11-utilities R4) so the choice survives paging
 * and filtering; the session store is shared by the nodes, so any node sees it. Never cut to 200 silently.
 */
final class PhotoSelection {

    static final String ATTRIBUTE = "jeweltrak.bulkImageDownload.selection";

    private PhotoSelection() {
    }

    @SuppressWarnings("unchecked")
    static LinkedHashSet<Long> of(HttpSession session) {
        Object kept = session.getAttribute(ATTRIBUTE);
        return kept instanceof LinkedHashSet<?> set ? (LinkedHashSet<Long>) set : new LinkedHashSet<>();
    }

    static void add(HttpSession session, Collection<Long> photos) {
        LinkedHashSet<Long> selection = of(session);
        selection.addAll(photos);
        session.setAttribute(ATTRIBUTE, selection);
    }

    static void remove(HttpSession session, long photo) {
        LinkedHashSet<Long> selection = of(session);
        selection.remove(photo);
        session.setAttribute(ATTRIBUTE, selection);
    }

    static void clear(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }
}
