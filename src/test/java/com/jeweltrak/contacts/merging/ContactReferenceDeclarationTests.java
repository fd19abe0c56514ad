package com.jeweltrak.contacts.merging;

import java.util.List;
import java.util.Set;

import com.jeweltrak.contacts.ContactReference;
import com.jeweltrak.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 07-contacts §I Have Duplicate Customers R3: "every record that points at a contact" moves — so the
 * registry is checked against the catalog both ways: a declaration must name a real foreign key to a
 * contact, and every such foreign key must be declared.
 */
@IntegrationTest
class ContactReferenceDeclarationTests {

    /** Columns that record history about contacts as they were; a merge must not re-point them. */
    static final Set<String> HISTORY = Set.of("contact_merge.primary_contact_id", "contact_duplicate_dismissal.contact_a",
            "contact_duplicate_dismissal.contact_b");

    @Autowired JdbcClient jdbc;
    @Autowired ContactReferences references;

    // identifiers are the only text a move builds itself: anything but plain lower-case names is refused
    @Test
    void aDeclarationWithAnIdentifierThatIsNotPlainIsRefused() {
        assertThatThrownBy(() -> ContactReference.of("invoice; drop table contact", "contact_id", "Invoices"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContactReference.of("invoice", "\"contact_id\"", "Invoices"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContactReference.of("invoice", "contact_id", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a label");
    }

    // R3: a declaration the catalog does not confirm stops the startup with a message saying what is wrong
    @Test
    void aDeclarationTheCatalogDoesNotConfirmFailsWithAClearMessage() {
        ContactReferences registry = new ContactReferences(List.of(), jdbc);
        assertThatCode(() -> registry.check(ContactReference.of("contact", "merged_into_id", "Merged")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> registry.check(ContactReference.of("no_such_table", "contact_id", "Nothing")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no_such_table is not a tenant table");
        assertThatThrownBy(() -> registry.check(ContactReference.of("contact", "no_such_column", "Nothing")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("contact has no column no_such_column");
        assertThatThrownBy(() -> registry.check(ContactReference.of("contact", "salesperson_id", "Salespeople")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not a foreign key (tenant_id, salesperson_id) references contact");
    }

    // two beans cannot declare one column: its rows would move twice
    @Test
    void twoDeclarationsOfOneColumnAreRefused() {
        ContactReference one = ContactReference.of("contact", "merged_into_id", "Merged");
        assertThatThrownBy(() -> new ContactReferences(List.of(one, one), jdbc))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("contact.merged_into_id");
    }

    // R3: a module that adds a column pointing at contacts and forgets its bean is caught here, not by a customer
    @Test
    void everyForeignKeyToAContactIsDeclared() {
        List<String> pointingAtContacts = jdbc.sql("""
                        select c.relname || '.' || a.attname
                        from pg_constraint k
                        join pg_class c on c.oid = k.conrelid
                        join pg_class parent on parent.oid = k.confrelid
                        join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[array_upper(k.conkey, 1)]
                        where k.contype = 'f' and parent.relname = 'contact' and parent.relnamespace = c.relnamespace
                          and c.relnamespace = (select oid from pg_namespace where nspname = current_schema())""")
                .query(String.class).list();
        List<String> declared = references.all().stream().filter(r -> r.rowFilter() == null)
                .map(r -> r.table() + "." + r.column()).toList();

        assertThat(pointingAtContacts).filteredOn(column -> !HISTORY.contains(column))
                .as("columns pointing at contacts without a ContactReference bean")
                .containsExactlyInAnyOrderElementsOf(declared);
    }
}
