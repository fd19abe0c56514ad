package com.jeweltrak.inventory.wishlist;

import com.jeweltrak.contacts.ContactReference;
import com.jeweltrak.platform.audit.RecordTypes.RecordType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** What other modules must know of wishlist entries: a contact merge moves them, the Audit Log names them. */
@Configuration(proxyBeanMethods = false)
class WishlistDeclarations {

    /**
     * A merge moves the secondaries' entries to the primary (Consolidation R3). The same item once per customer
     * (R2): an entry for an item the primary — or an earlier secondary — already has goes, then the rest move.
     */
    @Bean
    ContactReference wishlistReference() {
        return ContactReference.of("wishlist_entry", "contact_id", "Wishlist entries",
                """
                        delete from wishlist_entry s
                        where s.contact_id in (:secondaries)
                          and exists (select 1 from wishlist_entry o
                                      where o.item_id = s.item_id and o.id <> s.id
                                        and (o.contact_id = :primary or (o.contact_id in (:secondaries) and o.id < s.id)))""",
                "update wishlist_entry set contact_id = :primary where contact_id in (:secondaries)");
    }

    @Bean
    @Order(220)
    RecordType wishlistEntryRecordType() {
        return new RecordType("wishlist_entry", "Wishlist entry", null, null);
    }
}
