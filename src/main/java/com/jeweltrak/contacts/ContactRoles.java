package com.jeweltrak.contacts;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Giving and taking roles. Any module that lets someone pick a contact in a role calls {@link #ensure}
 * when the pick is saved, so a vendor chosen as an invoice customer becomes a customer too (Unified
 * Contacts R7) — the same record, nothing copied (R3), the change audited like any edit (R12).
 */
@Service
public class ContactRoles {

    private final Contacts contacts;
    private final List<RoleRemovalGuard> guards;

    ContactRoles(Contacts contacts, List<RoleRemovalGuard> guards) {
        this.contacts = contacts;
        this.guards = guards;
    }

    /** Adds the role when missing; true when it was added. A merged contact is refused. */
    @Transactional
    public boolean ensure(ContactId id, ContactRole role) {
        Contact contact = contacts.lock(id);
        if (contact.hasRole(role)) {
            if (contact.isMerged()) throw new ContactWasMerged(id, contact.mergedInto());
            return false;
        }
        contacts.update(contact.withRole(role));
        return true;
    }

    /** Takes a role away unless a module still has open business with the contact in that role (R11). */
    @Transactional
    public void remove(ContactId id, ContactRole role) {
        Contact contact = contacts.lock(id);
        if (!contact.hasRole(role)) return;
        requireRemovable(contact, role);
        contacts.update(contact.withoutRole(role));
    }

    void requireRemovable(Contact contact, ContactRole role) {
        for (RoleRemovalGuard guard : guards) {
            guard.reasonToKeep(contact.id(), role).ifPresent(reason -> {
                throw new RoleStillInUse(contact, role, reason);
            });
        }
    }
}
