package com.jeweltrak.services;

import com.jeweltrak.contacts.ContactReference;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A contact merge moves jobs and stages to the surviving contact (07-contacts §Consolidation R3). */
@Configuration(proxyBeanMethods = false)
class WorkOrderReferences {

    @Bean
    ContactReference workOrderCustomerReference() {
        return ContactReference.of("work_order", "customer_id", "Work orders (customer)");
    }

    @Bean
    ContactReference workOrderVendorReference() {
        return ContactReference.of("work_order", "vendor_id", "Work orders (vendor)");
    }

    @Bean
    ContactReference workOrderStageVendorReference() {
        return ContactReference.of("work_order_stage", "vendor_id", "Work-order stages");
    }
}
