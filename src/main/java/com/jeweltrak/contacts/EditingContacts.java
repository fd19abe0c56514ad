package com.jeweltrak.contacts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adding a contact and saving changes to one, as the contact page and the API do. */
@Service
public class EditingContacts {

    private final Contacts contacts;
    private final ContactRoles roles;

    EditingContacts(Contacts contacts, ContactRoles roles) {
        this.contacts = contacts;
        this.roles = roles;
    }

    @Transactional
    public ContactId add(Contact draft) {
        return contacts.add(draft);
    }

    /** Saves the edited details; a role taken away passes the modules' objections first (Unified Contacts R11). */
    @Transactional
    public Contact save(ContactId id, Contact edited) {
        Contact current = contacts.lock(id);
        for (ContactRole role : current.roles()) {
            if (!edited.hasRole(role)) roles.requireRemovable(current, role);
        }
        Contact saved = current.withDetailsOf(edited);
        contacts.update(saved);
        return saved;
    }
}
