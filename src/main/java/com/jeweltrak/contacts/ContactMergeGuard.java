package com.jeweltrak.contacts;

import java.util.Optional;

/**
 * A module's objection to merging a contact away (Consolidation R13): a contact that stands for the
 * business itself — the Our Company Contact of 13-production §1 R4 — must stay a record of its own.
 * Open invoices and balances are no reason: they move with the merge. Modules that own such a contact
 * declare one as a bean; none exists yet.
 */
public interface ContactMergeGuard {

    /** Why {@code secondary} cannot be merged into another contact ("it is the Our Company Contact"), or empty. */
    Optional<String> reasonToKeep(Contact secondary);
}
