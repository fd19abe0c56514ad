package com.jeweltrak.contacts;

import com.jeweltrak.platform.audit.RecordTypes.RecordType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** What the Audit Log calls the contacts module's tables, and where a contact's page is. */
@Configuration(proxyBeanMethods = false)
class ContactRecordTypes {

    @Bean
    @Order(100)
    RecordType contactRecordType() {
        return new RecordType("contact", "Contact", null, "/contacts/{id}");
    }

    @Bean
    @Order(101)
    RecordType contactMergeRecordType() {
        return new RecordType("contact_merge", "Contact merge", null, null);
    }

    @Bean
    @Order(102)
    RecordType resaleCertificateRecordType() {
        return new RecordType("resale_certificate", "Resale certificate", null, null);
    }

    @Bean
    @Order(103)
    RecordType duplicateDismissalRecordType() {
        return new RecordType("contact_duplicate_dismissal", "Dismissed duplicate pair", null, null);
    }

    @Bean
    @Order(104)
    RecordType greetingSettingsRecordType() {
        return new RecordType("greeting_settings", "Greeting settings", null, "/settings/greetings");
    }

    @Bean
    @Order(105)
    RecordType greetingSentRecordType() {
        return new RecordType("greeting_sent", "Greeting sent", null, null);
    }
}
