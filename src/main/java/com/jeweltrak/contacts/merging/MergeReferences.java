package com.jeweltrak.contacts.merging;

import com.jeweltrak.contacts.ContactReference;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The contacts module's own columns that point at a contact. Other modules declare theirs as beans in
 * their own configuration, three lines each (see {@link ContactReference}), e.g. when resale certificates land:
 * <pre>
 * &#64;Bean ContactReference resaleCertificates() {
 *     return ContactReference.of("resale_certificate", "contact_id", "Resale certificates"); }
 * </pre>
 * Not references: {@code contact_merge} and {@code contact_duplicate_dismissal}, which record history
 * about the contacts as they were.
 */
@Configuration(proxyBeanMethods = false)
class MergeReferences {

    /** Contacts merged earlier into a secondary now point at the primary, so a chain ends at one survivor. */
    @Bean
    ContactReference contactsMergedEarlier() {
        return ContactReference.of("contact", "merged_into_id", "Contacts merged earlier");
    }

    /**
     * The greetings send log keeps one row per contact, kind and year (Birthday & Anniversary R5). When the
     * primary — or an earlier secondary — already has that year's greeting, the duplicate's row goes: the
     * person was greeted, and the survivor must not be greeted again that year.
     */
    @Bean
    ContactReference greetingsSent() {
        return ContactReference.of("greeting_sent", "contact_id", "Greetings sent",
                """
                        delete from greeting_sent s
                        where s.contact_id in (:secondaries)
                          and exists (select 1 from greeting_sent o
                                      where o.kind = s.kind and o.year = s.year and o.id <> s.id
                                        and (o.contact_id = :primary or (o.contact_id in (:secondaries) and o.id < s.id)))""",
                "update greeting_sent set contact_id = :primary where contact_id in (:secondaries)");
    }
}
