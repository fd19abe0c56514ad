package com.jeweltrak.accounting;

import com.jeweltrak.contacts.ContactReference;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A merge of customers moves their AR and deposit sub-ledger to the primary (Consolidation R3). The line's contact
 * is the one column of the journal the application may update (see the migration); amounts never change.
 */
@Configuration
class JournalContactReferences {

    @Bean
    ContactReference journalSubLedger() {
        return ContactReference.of("journal_line", "contact_id", "Journal lines (AR and deposits)");
    }
}
