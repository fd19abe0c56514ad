package com.jeweltrak.contacts.merging;

import java.util.List;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.contacts.ContactsMerged;
import com.jeweltrak.contacts.certificates.CertificateFixtures;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.mail.MailOutbox;
import com.jeweltrak.platform.mail.OutgoingMail;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestContactMergeGuard;
import com.jeweltrak.support.TestContactReferences;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 07-contacts §I Have Duplicate Customers R2–R6, R11, R12: the merge use case and its preview. */
@IntegrationTest
@RecordApplicationEvents
class MergingContactsTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant otherTenant;

    @Autowired MergingContacts merging;
    @Autowired PreviewingAMerge previewing;
    @Autowired Contacts contacts;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEvents events;
    @Autowired MailOutbox mailOutbox;
    @Autowired CertificateFixtures certificates;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants) {
        tenant = tenants.open("merging");
        otherTenant = tenants.open("merging-other");
    }

    // R3: every record pointing at a secondary points at the primary — here a module's rows and a contact merged earlier
    @Test
    void everyRegisteredReferenceMovesToThePrimary() {
        MergeFixtures f = fixtures();
        String name = MergeFixtures.surname();
        ContactId primary = f.contact("Bob", name, null, null);
        ContactId secondary = f.contact("Robert", name, null, null);
        ContactId earlier = f.contact("Rob", name, null, null);
        f.as(() -> merging.merge(secondary, List.of(earlier)));
        insertTestReference(f, secondary);

        MergingContacts.Merged merged = f.as(() -> merging.merge(primary, List.of(secondary)));

        assertThat(f.get(earlier).mergedInto()).isEqualTo(primary);
        assertThat(testReferenceOwners(f)).contains(primary.value()).doesNotContain(secondary.value());
        assertThat(merged.moved()).containsEntry("Contacts merged earlier", 1L).containsEntry(TestContactReferences.LABEL, 1L);
    }

    // R3 with R2's one transaction: a reference that cannot move refuses the merge and nothing has changed
    @Test
    void aReferenceThatCannotMoveLeavesEverythingAsItWas() {
        MergeFixtures f = fixtures();
        String name = MergeFixtures.surname();
        ContactId primary = f.contact("Bob", name, null, null);
        ContactId secondary = f.contact("Robert", name, null, null, ContactRole.VENDOR);
        ContactId earlier = f.contact("Rob", name, null, null);
        f.as(() -> merging.merge(secondary, List.of(earlier)));
        insertTestReference(f, primary);
        insertTestReference(f, secondary); // one row per contact: the move collides with the primary's row

        assertThatThrownBy(() -> f.as(() -> merging.merge(primary, List.of(secondary))))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);

        assertThat(f.get(secondary).isMerged()).isFalse();
        assertThat(f.get(earlier).mergedInto()).isEqualTo(secondary);
        assertThat(f.get(primary).roles()).doesNotContain(ContactRole.VENDOR);
        Long merges = f.as(() -> transactions.execute(s -> jdbc.sql("select count(*) from contact_merge where primary_contact_id = ?")
                .param(primary.value()).query(Long.class).single()));
        assertThat(merges).isZero();
    }

    // R3 with Birthday & Anniversary R5: the greetings sent move, but the survivor keeps one per kind and year
    @Test
    void greetingsSentMoveWithoutTwoForOneYear() {
        MergeFixtures f = fixtures();
        String name = MergeFixtures.surname();
        ContactId primary = f.contact("Bob", name, null, null);
        ContactId one = f.contact("Robert", name, null, null);
        ContactId two = f.contact("Rob", name, null, null);
        greetingSent(f, primary, "BIRTHDAY", 2025);
        greetingSent(f, one, "BIRTHDAY", 2025);
        greetingSent(f, one, "BIRTHDAY", 2024);
        greetingSent(f, two, "BIRTHDAY", 2024);
        greetingSent(f, two, "ANNIVERSARY", 2025);

        MergingContacts.Merged merged = f.as(() -> merging.merge(primary, List.of(one, two)));

        List<String> sent = f.as(() -> transactions.execute(s -> jdbc.sql("""
                        select contact_id || ' ' || kind || ' ' || year from greeting_sent
                        where contact_id in (?, ?, ?) order by kind, year""")
                .params(primary.value(), one.value(), two.value()).query(String.class).list()));
        assertThat(sent).containsExactly(primary + " ANNIVERSARY 2025", primary + " BIRTHDAY 2024", primary + " BIRTHDAY 2025");
        assertThat(merged.moved()).containsEntry("Greetings sent", 4L);
    }

    // R3 ("message logs"): mail about a duplicate — kept by type and id, not a foreign key — moves to the primary;
    // mail about other kinds of record with the same id stays where it is
    @Test
    void mailAboutTheDuplicatesMovesToThePrimary() {
        MergeFixtures f = fixtures();
        String name = MergeFixtures.surname();
        ContactId primary = f.contact("Bea", name, null, null);
        ContactId duplicate = f.contact("Beatrice", name, null, null);
        greetingSent(f, duplicate, "BIRTHDAY", 2023);
        f.as(() -> transactions.execute(s -> mailOutbox.enqueue(new OutgoingMail("other@example.com", null, null,
                "Not about a contact", "Hello", null, "OTHER", "store", duplicate.value()))));

        MergingContacts.Merged merged = f.as(() -> merging.merge(primary, List.of(duplicate)));

        List<String> mail = f.as(() -> transactions.execute(s -> jdbc.sql("""
                        select related_type || ' ' || related_id from mail_outbox
                        where related_id in (?, ?) order by related_type""")
                .params(primary.value(), duplicate.value()).query(String.class).list()));
        assertThat(mail).containsExactly("contact " + primary, "store " + duplicate);
        assertThat(merged.moved()).containsEntry("Mail sent", 1L);
    }

    // R3 with Resale Certificates R8: certificates move; a permit both sides hold stays in force once
    @Test
    void resaleCertificatesMoveAndAPermitHeldTwiceIsKeptOnce() {
        MergeFixtures f = fixtures();
        String name = MergeFixtures.surname();
        ContactId primary = f.contact("Bob", name, null, null, ContactRole.CUSTOMER);
        ContactId secondary = f.contact("Robert", name, null, null, ContactRole.CUSTOMER);
        certificates.certificate(tenant, primary, "CA", "SR-" + name, java.time.LocalDate.of(2030, 1, 31), false);
        certificates.certificate(tenant, secondary, "CA", "sr-" + name, java.time.LocalDate.of(2030, 1, 31), false);
        certificates.certificate(tenant, secondary, "TX", "TX-" + name, java.time.LocalDate.of(2030, 1, 31), false);

        MergingContacts.Merged merged = f.as(() -> merging.merge(primary, List.of(secondary)));

        List<String> held = f.as(() -> transactions.execute(s -> jdbc.sql("""
                        select state || case when superseded_at is null then ' in force' else ' superseded' end
                        from resale_certificate where contact_id in (?, ?) order by 1""")
                .params(primary.value(), secondary.value()).query(String.class).list()));
        assertThat(held).containsExactly("CA in force", "CA superseded", "TX in force");
        Long onPrimary = f.as(() -> transactions.execute(s -> jdbc.sql("select count(*) from resale_certificate where contact_id = ?")
                .param(primary.value()).query(Long.class).single()));
        assertThat(onPrimary).isEqualTo(3L);
        assertThat(merged.moved()).containsEntry("Resale certificates", 2L);
    }

    // R11: the primary's roles become the union of all merged contacts' roles
    @Test
    void thePrimaryGainsTheRolesOfItsDuplicates() {
        MergeFixtures f = fixtures();
        String name = MergeFixtures.surname();
        ContactId primary = f.contact("Bob", name, null, null, ContactRole.CUSTOMER);
        ContactId vendor = f.contact("Robert", name, null, null, ContactRole.VENDOR);
        ContactId partner = f.contact("Rob", name, null, null, ContactRole.PARTNER, ContactRole.CUSTOMER);

        f.as(() -> merging.merge(primary, List.of(vendor, partner)));

        assertThat(f.get(primary).roles()).containsExactlyInAnyOrder(ContactRole.CUSTOMER, ContactRole.VENDOR, ContactRole.PARTNER);
    }

    // R6: nothing from a secondary overwrites the primary's name, phone, e-mail or address — not even a blank one
    @Test
    void thePrimaryKeepsItsOwnDetails() {
        MergeFixtures f = fixtures();
        String name = MergeFixtures.surname();
        ContactId primary = f.contact("Bob", name, null, "555-123-4567");
        ContactId secondary = f.contact("Robert", name, "robert@example.com", "555-999-0000");
        Contact before = f.get(primary);

        f.as(() -> merging.merge(primary, List.of(secondary)));

        Contact after = f.get(primary);
        assertThat(after.name()).isEqualTo(before.name());
        assertThat(after.reach()).isEqualTo(before.reach());
        assertThat(after.reach().email()).isNull();
        assertThat(after.billing()).isEqualTo(before.billing());
    }

    // R5: secondaries are marked merged (when, into whom) and disappear from pickers and search; search finds the old name on the primary
    @Test
    void secondariesAreMarkedMergedAndLeavePickersAndSearch() {
        MergeFixtures f = fixtures();
        String name = MergeFixtures.surname();
        ContactId primary = f.contact("Bob", name, null, null, ContactRole.CUSTOMER);
        ContactId secondary = f.contact("Roberto", name, null, null, ContactRole.CUSTOMER);

        f.as(() -> merging.merge(primary, List.of(secondary)));

        assertThat(f.get(secondary).mergedInto()).isEqualTo(primary);
        Boolean stamped = f.as(() -> transactions.execute(s -> jdbc.sql("select merged_at is not null from contact where id = ?")
                .param(secondary.value()).query(Boolean.class).single()));
        assertThat(stamped).isTrue();
        assertThat(f.as(() -> contacts.pick(ContactRole.CUSTOMER, name, true, 50))).extracting(Contact::id)
                .containsExactly(primary);
        assertThat(searchEntryIds(f, "roberto " + name.toLowerCase())).containsExactly(primary.value());
    }

    // R3, R4 for later modules: the merge is announced with who, when and what moved (integrations push the survivor)
    @Test
    void aMergeIsAnnouncedAsContactsMerged() {
        MergeFixtures f = fixtures();
        String name = MergeFixtures.surname();
        ContactId primary = f.contact("Bob", name, null, null);
        ContactId one = f.contact("Robert", name, null, null);
        ContactId two = f.contact("Rob", name, null, null);

        f.as(() -> merging.merge(primary, List.of(two, one)));

        assertThat(events.stream(ContactsMerged.class)).singleElement().satisfies(merged -> {
            assertThat(merged.tenant()).isEqualTo(tenant.id());
            assertThat(merged.primary()).isEqualTo(primary);
            assertThat(merged.secondaries()).containsExactly(two, one);
            assertThat(merged.mergedBy()).isEqualTo(tenant.owner().id());
            assertThat(merged.mergedAt()).isNotNull();
        });
    }

    // R12: a contact cannot be both primary and secondary
    @Test
    void mergingAContactIntoItselfIsRefused() {
        MergeFixtures f = fixtures();
        ContactId primary = f.contact("Bob", MergeFixtures.surname(), null, null);

        assertThatThrownBy(() -> f.as(() -> merging.merge(primary, List.of(primary))))
                .isInstanceOf(CannotMergeIntoItself.class).hasMessageContaining("cannot also be merged into itself");
        assertThat(f.get(primary).isMerged()).isFalse();
    }

    // R12: an already-merged contact cannot be picked, neither as a secondary nor as the primary
    @Test
    void mergingAnAlreadyMergedContactIsRefused() {
        MergeFixtures f = fixtures();
        String name = MergeFixtures.surname();
        ContactId primary = f.contact("Bob", name, null, null);
        ContactId merged = f.contact("Robert", name, null, null);
        ContactId other = f.contact("Rob", name, null, null);
        f.as(() -> merging.merge(primary, List.of(merged)));

        assertThatThrownBy(() -> f.as(() -> merging.merge(other, List.of(merged))))
                .isInstanceOf(ContactAlreadyMerged.class).hasMessageContaining("was already merged into contact #" + primary);
        assertThatThrownBy(() -> f.as(() -> merging.merge(merged, List.of(other))))
                .isInstanceOf(ContactAlreadyMerged.class);
        assertThatThrownBy(() -> f.as(() -> previewing.preview(other, List.of(merged))))
                .isInstanceOf(ContactAlreadyMerged.class);
    }

    // R13: a contact a module must keep (the business's own) cannot be merged away — but can be the primary
    @Test
    void aContactAModuleMustKeepIsNotMergedAway() {
        MergeFixtures f = fixtures();
        String name = MergeFixtures.surname();
        ContactId ours = f.as(() -> contacts.add(Contact.draft(new Contact.Name(null, null, TestContactMergeGuard.OUR_COMPANY,
                null), null, null, null, null, null, null, null, false, false, null, null)));
        ContactId other = f.contact("Bob", name, null, null);

        assertThatThrownBy(() -> f.as(() -> merging.merge(other, List.of(ours))))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("cannot be merged away: it stands for this business");
        assertThat(f.get(ours).isMerged()).isFalse();
        f.as(() -> merging.merge(ours, List.of(other)));
        assertThat(f.get(other).mergedInto()).isEqualTo(ours);
    }

    // R2: a merge needs at least one secondary
    @Test
    void aMergeWithoutSecondariesIsRefused() {
        MergeFixtures f = fixtures();
        ContactId primary = f.contact("Bob", MergeFixtures.surname(), null, null);

        assertThatThrownBy(() -> f.as(() -> merging.merge(primary, List.of())))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("at least one duplicate");
    }

    // Row-level security: another tenant's contact is not found, as primary or as secondary
    @Test
    void anotherTenantsContactIsNotFound() {
        MergeFixtures f = fixtures();
        ContactId mine = f.contact("Bob", MergeFixtures.surname(), null, null);
        ContactId theirs = new MergeFixtures(otherTenant, contacts).contact("Bob", MergeFixtures.surname(), null, null);

        assertThatThrownBy(() -> f.as(() -> merging.merge(mine, List.of(theirs)))).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> f.as(() -> merging.merge(theirs, List.of(mine)))).isInstanceOf(RecordNotFound.class);
        assertThat(f.get(mine).isMerged()).isFalse();
    }

    // R7: the preview counts the rows that will move, the roles after and the names that disappear — and changes nothing
    @Test
    void thePreviewSaysWhatWillMoveAndChangesNothing() {
        MergeFixtures f = fixtures();
        String name = MergeFixtures.surname();
        ContactId primary = f.contact("Bob", name, null, null, ContactRole.CUSTOMER);
        ContactId secondary = f.contact("Robert", name, null, null, ContactRole.VENDOR);
        insertTestReference(f, secondary);

        MergePreview preview = f.as(() -> previewing.preview(primary, List.of(secondary)));

        assertThat(preview.moves()).contains(new MergePreview.Move(TestContactReferences.LABEL, 1),
                new MergePreview.Move("Contacts merged earlier", 0));
        assertThat(preview.rolesAfter()).containsExactlyInAnyOrder(ContactRole.CUSTOMER, ContactRole.VENDOR);
        assertThat(preview.rolesGained()).containsExactly(ContactRole.VENDOR);
        assertThat(preview.namesThatDisappear()).containsExactly("Robert " + name + " (#" + secondary + ")");
        assertThat(preview.balances()).isEmpty(); // no module keeps a balance per contact yet
        assertThat(f.get(secondary).isMerged()).isFalse();
        assertThat(testReferenceOwners(f)).contains(secondary.value());
    }

    private MergeFixtures fixtures() {
        return new MergeFixtures(tenant, contacts);
    }

    private void insertTestReference(MergeFixtures f, ContactId contact) {
        f.as(() -> transactions.execute(s -> jdbc.sql(
                        "insert into merge_test_reference (tenant_id, contact_id, note) values (jt_current_tenant(), ?, 'x')")
                .param(contact.value()).update()));
    }

    private void greetingSent(MergeFixtures f, ContactId contact, String kind, int year) {
        f.as(() -> transactions.execute(s -> {
            long outbox = mailOutbox.enqueue(new OutgoingMail("greeted@example.com", null, null, "Happy " + kind, "Hello",
                    null, "GREETING", "contact", contact.value()));
            return jdbc.sql("""
                            insert into greeting_sent (tenant_id, contact_id, kind, year, sent_on, outbox_id)
                            values (jt_current_tenant(), ?, ?, ?, make_date(?, 1, 1), ?)""")
                    .params(contact.value(), kind, year, year, outbox).update();
        }));
    }

    private List<Long> testReferenceOwners(MergeFixtures f) {
        return f.as(() -> transactions.execute(s -> jdbc.sql("select contact_id from merge_test_reference")
                .query(Long.class).list()));
    }

    private List<Long> searchEntryIds(MergeFixtures f, String word) {
        return f.as(() -> transactions.execute(s -> jdbc.sql("""
                        select record_id from search_entry
                        where record_type = 'contact' and search_text ilike ?""")
                .param("%" + word + "%").query(Long.class).list()));
    }
}
