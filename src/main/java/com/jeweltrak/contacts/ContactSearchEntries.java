package com.jeweltrak.contacts;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.jeweltrak.platform.search.SearchEntry;
import com.jeweltrak.platform.search.SearchIndex;
import com.jeweltrak.platform.search.SearchableType;
import com.jeweltrak.platform.users.Permission;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A contact as the global search finds it: by e-mail exactly, by name, company, phone and city. A merged
 * contact has no entry of its own; its names live on in the survivor's, so searching the old spelling
 * finds the record that carries its history (Consolidation R5).
 */
@Component
public class ContactSearchEntries {

    public static final String TYPE = "contact";

    private final SearchIndex index;
    private final JdbcClient jdbc;
    private final ObjectProvider<Contacts> contacts;

    ContactSearchEntries(SearchIndex index, JdbcClient jdbc, ObjectProvider<Contacts> contacts) {
        this.index = index;
        this.jdbc = jdbc;
        this.contacts = contacts;
    }

    @Configuration(proxyBeanMethods = false)
    static class Declaration {
        @Bean
        @Order(10)
        SearchableType contactsSearchable() {
            return new SearchableType(TYPE, "Contact", "Contacts", Permission.key("Contacts", "View"),
                    SearchableType.StoreRestriction.NONE);
        }
    }

    /** Rewrites the contact's entry, or removes it once the contact is merged away. */
    public void reindex(Contact contact) {
        if (contact.isMerged()) {
            index.remove(TYPE, contact.id().value());
            return;
        }
        String formerNames = jdbc.sql("""
                        select string_agg(trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' '
                                               || coalesce(company, '')), ' ' order by id)
                        from contact where merged_into_id = ?""")
                .param(contact.id().value()).query(String.class).optional().orElse(null);
        Contact.Reach reach = contact.reach();
        String roles = contact.roles().stream().sorted().map(ContactRole::label).collect(Collectors.joining(", "));
        String subtitle = joined(" · ", contact.name().firstName() == null && contact.name().lastName() == null
                        ? null : contact.name().company(), roles.isEmpty() ? null : roles, contact.billing().cityLine());
        index.index(new SearchEntry(TYPE, contact.id().value(), null, reach.email(), contact.displayName(), subtitle,
                null, joined(" ", reach.altEmail(), reach.mobilePhone(), digits(reach.mobilePhone()), reach.workPhone(),
                digits(reach.workPhone()), reach.homePhone(), digits(reach.homePhone()), contact.billing().line1(),
                contact.occasions().spouseName(), formerNames)));
    }

    /** A restore wrote contact rows past the repository: their entries follow, in its transaction. */
    @EventListener
    void restored(com.jeweltrak.platform.audit.RecordsRestored restored) {
        restored.idsIn("contact").forEach(id -> contacts.getObject().find(new ContactId(id)).ifPresent(this::reindex));
    }

    private static String digits(String phone) {
        return phone == null ? null : ContactDetailRules.digits(phone);
    }

    private static String joined(String separator, String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(separator));
    }
}
