package com.jeweltrak.contacts;

import java.util.Optional;

/**
 * A module's objection to taking a role from a contact while it has open business in that role
 * (Unified Contacts R11): open invoices or an AR balance for Customer, open POs or AP for Vendor,
 * unreconciled partnerships for Partner. Modules that own such documents declare one as a bean.
 */
public interface RoleRemovalGuard {

    /** Why the contact must keep the role ("has 2 open invoices"), or empty when nothing stands in the way. */
    Optional<String> reasonToKeep(ContactId contact, ContactRole role);
}
