package com.jeweltrak.accounting.posting;

import java.util.Set;
import java.util.function.Supplier;

import com.jeweltrak.accounting.Books;
import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the posting-rule tests share: each test opens a tenant of its own (design §6) with one customer, Ada Ledger, and
 * publishes the documents' events straight to the posting rules inside a transaction, as the use cases do.
 */
abstract class PostingTestCase {

    @Autowired TestTenants tenants;
    @Autowired ApplicationEventPublisher events;
    @Autowired Books books;
    @Autowired EditingContacts contacts;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    TestTenants.Tenant tenant;
    ContactId customer;

    @BeforeEach
    void tenantOfItsOwn() {
        tenant = tenants.open(getClass().getSimpleName().toLowerCase());
        customer = as(() -> contacts.add(Contact.draft(new Contact.Name("Ada", "Ledger", null, null),
                Set.of(ContactRole.CUSTOMER), Contact.Reach.NONE, null, null, null, null, null, false, false, null, null)));
    }

    <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> work.get()));
    }

    void publish(Object... published) {
        as(() -> {
            for (Object event : published) events.publishEvent(event);
            return null;
        });
    }
}
