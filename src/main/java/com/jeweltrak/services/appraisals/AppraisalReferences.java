package com.jeweltrak.services.appraisals;

import com.jeweltrak.contacts.ContactReference;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A contact merge moves appraisals to the surviving contact (07-contacts §Consolidation R3; 03-services §13 R6 history). */
@Configuration(proxyBeanMethods = false)
class AppraisalReferences {

    @Bean
    ContactReference appraisalCustomerReference() {
        return ContactReference.of("appraisal", "customer_id", "Appraisals");
    }
}
