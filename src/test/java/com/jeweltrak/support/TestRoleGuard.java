package com.jeweltrak.support;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.RoleRemovalGuard;
import org.springframework.stereotype.Component;

/**
 * Stands in for a module with open documents (no invoices exist yet): a contact a test names here
 * "has an open invoice", so its Customer role must stay (07-contacts §Unified Contacts R11).
 */
@Component
public class TestRoleGuard implements RoleRemovalGuard {

    private static final Set<Long> WITH_OPEN_INVOICES = ConcurrentHashMap.newKeySet();

    public static void hasOpenInvoice(ContactId contact) {
        WITH_OPEN_INVOICES.add(contact.value());
    }

    @Override
    public Optional<String> reasonToKeep(ContactId contact, ContactRole role) {
        return role == ContactRole.CUSTOMER && WITH_OPEN_INVOICES.contains(contact.value())
                ? Optional.of("has an open invoice") : Optional.empty();
    }
}
