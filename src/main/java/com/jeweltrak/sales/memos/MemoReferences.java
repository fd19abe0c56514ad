package com.jeweltrak.sales.memos;

import com.jeweltrak.contacts.ContactReference;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A contact merge moves memos to the surviving contact (07-contacts §Consolidation R3). */
@Configuration(proxyBeanMethods = false)
class MemoReferences {

    @Bean
    ContactReference memoCustomerReference() {
        return ContactReference.of("memo", "customer_id", "Memos");
    }
}
