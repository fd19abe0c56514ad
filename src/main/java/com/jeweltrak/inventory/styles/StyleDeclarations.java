package com.jeweltrak.inventory.styles;

import com.jeweltrak.contacts.ContactReference;
import com.jeweltrak.platform.audit.RecordTypes.RecordType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** What the Audit Log calls the catalog's tables, and the style's vendor as a contact reference (merges move it). */
@Configuration(proxyBeanMethods = false)
class StyleDeclarations {

    @Bean
    @Order(240)
    RecordType styleRecordType() {
        return new RecordType("style", "Style", null, "/inventory/styles/{id}");
    }

    @Bean
    @Order(241)
    RecordType stylePhotoRecordType() {
        return new RecordType("style_photo", "Style photo", null, null);
    }

    @Bean
    ContactReference styleVendorReference() {
        return ContactReference.of("style", "vendor_id", "Styles bought from them");
    }
}
