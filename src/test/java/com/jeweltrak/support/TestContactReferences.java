package com.jeweltrak.support;

import com.jeweltrak.contacts.ContactReference;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * A module's contact reference as later modules will declare theirs, over the test-only table
 * {@code merge_test_reference} (src/test/resources/db/testmigration): one row per contact at most, so a
 * merge where both sides have a row fails while moving — after other references have moved. Only with the
 * test profile, whose Flyway locations create that table (ExternalDatabaseTests starts the app without it).
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
public class TestContactReferences {

    public static final String LABEL = "Test references";

    @Bean
    ContactReference testContactReference() {
        return ContactReference.of("merge_test_reference", "contact_id", LABEL);
    }
}
