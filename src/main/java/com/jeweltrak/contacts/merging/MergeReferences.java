package com.jeweltrak.contacts.merging;

import com.jeweltrak.contacts.ContactReference;
import com.jeweltrak.contacts.certificates.CertificatesOnMerge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The contacts module's own columns that point at a contact. Other modules declare theirs as beans in
 * their own configuration, three lines each (see {@link ContactReference}):
 * <pre>
 * &#64;Bean ContactReference invoices() {
 *     return ContactReference.of("invoice", "customer_id", "Invoices"); }
 * </pre>
 * Not references: {@code contact_merge} and {@code contact_duplicate_dismissal}, which record history
 * about the contacts as they were.
 */
@Configuration(proxyBeanMethods = false)
class MergeReferences {

    /** Contacts merged earlier into a secondary now point at the primary, so a chain ends at one survivor. */
    @Bean
    ContactReference contactsMergedEarlierReference() {
        return ContactReference.of("contact", "merged_into_id", "Contacts merged earlier");
    }

    /** Resale certificates: a permit both sides hold is kept once, the others superseded by it (never deleted). */
    @Bean
    ContactReference resaleCertificatesReference() {
        return ContactReference.of("resale_certificate", "contact_id", "Resale certificates",
                CertificatesOnMerge.MOVE_STATEMENTS);
    }

    /**
     * The greetings send log keeps one row per contact, kind and year (Birthday & Anniversary R5). When the
     * primary — or an earlier secondary — already has that year's greeting, the duplicate's row goes: the
     * person was greeted, and the survivor must not be greeted again that year.
     */
    @Bean
    ContactReference greetingsSentReference() {
        return ContactReference.of("greeting_sent", "contact_id", "Greetings sent",
                """
                        delete from greeting_sent s
                        where s.contact_id in (:secondaries)
                          and exists (select 1 from greeting_sent o
                                      where o.kind = s.kind and o.year = s.year and o.id <> s.id
                                        and (o.contact_id = :primary or (o.contact_id in (:secondaries) and o.id < s.id)))""",
                "update greeting_sent set contact_id = :primary where contact_id in (:secondaries)");
    }

    /** Mail about the contact (greetings, statements later): the message log moves with the history (R3). */
    @Bean
    ContactReference mailAboutTheContactReference() {
        return ContactReference.tagged("mail_outbox", "related_type", "contact", "related_id", "Mail sent");
    }
}
