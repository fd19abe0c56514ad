package com.jeweltrak.platform.peek;

import java.util.Optional;

import com.jeweltrak.platform.security.CurrentUser;

/**
 * A module's Quick Peek of one record type, served at {@code /peek/{type}/{id}}. One drawer component
 * for every type (R8); the provider only says what goes in it.
 */
public interface PeekProvider {

    /** The record type in the URL; the same key as the record's searchable type. */
    String type();

    /** One record, for the drawer's header and its "Open Full …" button (R6). */
    String label();

    /** The permission the full page needs; without it the peek is refused too (R10). Null: anyone signed in. */
    String permission();

    /** The record as the viewer may see it; empty when it does not exist for them — another tenant's, another store's. */
    Optional<Peek> peek(long id, CurrentUser viewer);
}
