package com.jeweltrak.services;

import com.jeweltrak.contacts.ContactReference;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A contact merge moves the vendor e-mails of a job's stages to the surviving contact (07-contacts §Consolidation R3). */
@Configuration(proxyBeanMethods = false)
class IntakeReferences {

    @Bean
    ContactReference workOrderVendorMailReference() {
        return ContactReference.of("work_order_vendor_mail", "vendor_id", "Work-order vendor e-mails");
    }
}
