package com.jeweltrak.contacts.merging;

import com.jeweltrak.contacts.ContactReference;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The contacts module's own columns that point at a contact. Other modules declare theirs as beans in
 * their own configuration, three lines each (see {@link ContactReference}); for the tables arriving now:
 * <pre>
 * &#64;Bean ContactReference resaleCertificates() {
 *     return ContactReference.of("resale_certificate", "contact_id", "Resale certificates"); }
 * &#64;Bean ContactReference greetingsSent() {   // one greeting per contact, kind and year: keep the primary's
 *     return ContactReference.of("greeting_sent", "contact_id", "Greetings sent",
 *         "delete from greeting_sent s where s.contact_id in (:secondaries) and exists (select 1 from greeting_sent p"
 *             + " where p.contact_id = :primary and p.kind = s.kind and p.year = s.year)",
 *         "update greeting_sent set contact_id = :primary where contact_id in (:secondaries)"); }
 * </pre>
 * (with the column names of those tables; if two secondaries can hold the same key, the first statement
 * must also keep one of theirs). Not references: {@code contact_merge} and {@code contact_duplicate_dismissal},
 * which record history about the contacts as they were.
 */
@Configuration(proxyBeanMethods = false)
class MergeReferences {

    /** Contacts merged earlier into a secondary now point at the primary, so a chain ends at one survivor. */
    @Bean
    ContactReference contactsMergedEarlier() {
        return ContactReference.of("contact", "merged_into_id", "Contacts merged earlier");
    }
}
