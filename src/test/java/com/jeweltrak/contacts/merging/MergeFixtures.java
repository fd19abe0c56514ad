package com.jeweltrak.contacts.merging;

import java.util.Set;
import java.util.function.Supplier;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.TestTenants;

/** Contacts made the way the contact pages make them, in a test's own tenant. */
record MergeFixtures(TestTenants.Tenant tenant, Contacts contacts) {

    ContactId contact(String first, String last, String email, String phone, ContactRole... roles) {
        return as(() -> contacts.add(Contact.draft(new Contact.Name(first, last, null, null), Set.of(roles),
                new Contact.Reach(email, null, phone, null, null, null, null), null, null, null, null, null, false, false,
                null, null)));
    }

    Contact get(ContactId id) {
        return as(() -> contacts.get(id));
    }

    <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), work);
    }

    /** A surname no other test uses, letters only (names are compared on letters and digits). */
    static String surname() {
        return "Smith" + java.util.concurrent.ThreadLocalRandom.current().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    }
}
