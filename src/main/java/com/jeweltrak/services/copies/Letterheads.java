package com.jeweltrak.services.copies;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.pdf.Letterhead;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import org.springframework.stereotype.Component;

/** What every printed work-order document starts with: the store's letterhead and the customer as printed. */
@Component
public class Letterheads {

    /** The customer's name, address and phone (03-services §9 R2 "Customer name, address, phone"). */
    public record Party(String name, List<String> addressLines, String phone, String email) {
    }

    private final Stores stores;
    private final Contacts contacts;

    Letterheads(Stores stores, Contacts contacts) {
        this.stores = stores;
        this.contacts = contacts;
    }

    public Letterhead of(StoreId id) {
        return Letterhead.of(stores.find(id).orElseThrow());
    }

    public Party party(ContactId id) {
        if (id == null) return null;
        return contacts.find(id).map(c -> new Party(c.displayName(),
                lines(c.billing().line1(), c.billing().line2(), c.billing().cityLine()), phone(c), c.reach().email())).orElse(null);
    }

    private static String phone(Contact c) {
        return Stream.of(c.reach().mobilePhone(), c.reach().homePhone(), c.reach().workPhone())
                .filter(p -> p != null && !p.isBlank()).findFirst().orElse(null);
    }

    private static List<String> lines(String... lines) {
        return Stream.of(lines).map(l -> Objects.toString(l, "")).filter(l -> !l.isBlank()).toList();
    }
}
