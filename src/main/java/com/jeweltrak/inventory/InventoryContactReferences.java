package com.jeweltrak.inventory;

import com.jeweltrak.contacts.ContactReference;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Items name their vendor: a contact merge moves them to the surviving contact (Consolidation R3). */
@Configuration(proxyBeanMethods = false)
class InventoryContactReferences {

    @Bean
    ContactReference itemVendorReference() {
        return ContactReference.of("item", "vendor_id", "Items bought from them");
    }
}
