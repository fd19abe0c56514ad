package com.jeweltrak.services.templates;

import com.jeweltrak.contacts.ContactReference;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A contact merge moves the templates' default stage vendors to the surviving contact (07-contacts §Consolidation R3). */
@Configuration(proxyBeanMethods = false)
class JobTemplateReferences {

    @Bean
    ContactReference jobTemplateStageVendorReference() {
        return ContactReference.of("job_template_stage", "vendor_id", "Job-template stages");
    }
}
