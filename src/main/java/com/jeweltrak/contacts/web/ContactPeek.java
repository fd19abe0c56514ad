package com.jeweltrak.contacts.web;

import java.util.Map;
import java.util.Optional;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactSearchEntries;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.peek.Peek;
import com.jeweltrak.platform.peek.PeekProvider;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.users.Permission;
import org.springframework.stereotype.Component;

/** A contact at a glance: roles, how to reach them, where they are, the notes the counter needs. */
@Component
class ContactPeek implements PeekProvider {

    private final Contacts contacts;

    ContactPeek(Contacts contacts) {
        this.contacts = contacts;
    }

    @Override
    public String type() {
        return ContactSearchEntries.TYPE;
    }

    @Override
    public String label() {
        return "Contact";
    }

    @Override
    public String permission() {
        return Permission.key("Contacts", "View");
    }

    @Override
    public Optional<Peek> peek(long id, CurrentUser viewer) {
        return contacts.find(new ContactId(id)).map(c -> new Peek(c.name().full(),
                c.isMerged() ? "Merged" : ContactsList.roles(c), "/contacts/" + id, "contacts/peek",
                Map.of("peekContact", c)));
    }
}
