package com.jeweltrak.contacts;

import java.util.Set;
import java.util.UUID;

import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestRoleGuard;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Unified contacts on the real database: roles, pickers, the list, search (07-contacts §Unified Contacts). */
@IntegrationTest
class ContactsTests {

    static TestTenants.Tenant tenant;
    static String unique;

    @Autowired Contacts contacts;
    @Autowired ContactRoles roles;
    @Autowired EditingContacts editing;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired MockMvc mvc;
    @Autowired ContactSearchEntries searchEntries;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("contacts");
        unique = UUID.randomUUID().toString().substring(0, 6);
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(status -> work.get()));
    }

    private ContactId add(String first, String last, Set<ContactRole> roleSet) {
        return as(() -> editing.add(Contact.draft(new Contact.Name(first, last, null, null), roleSet,
                new Contact.Reach(first.toLowerCase() + "." + last.toLowerCase() + "@example.com", null, "(312) 555-0199",
                        null, null, null, null), null, null, null, null, null, false, false, null, null)));
    }

    // 07-contacts §Unified Contacts R7, R3: a vendor picked as a customer gains the role once, on the same record
    @Test
    void aVendorPickedAsCustomerGainsTheRoleOnTheSameRecordOnce() {
        ContactId vendor = add("Vera", "Castings" + unique, Set.of(ContactRole.VENDOR));
        assertThat(as(() -> roles.ensure(vendor, ContactRole.CUSTOMER))).isTrue();
        assertThat(as(() -> roles.ensure(vendor, ContactRole.CUSTOMER))).isFalse();
        assertThat(as(() -> contacts.get(vendor)).roles()).containsExactlyInAnyOrder(ContactRole.VENDOR, ContactRole.CUSTOMER);
        assertThat(as(() -> jdbc.sql("select count(*) from contact where last_name = ?").param("Castings" + unique)
                .query(Long.class).single())).isEqualTo(1);
    }

    // 07-contacts §Unified Contacts R12: the auto-added role is in the audit log as an update of the contact
    @Test
    void anAutoAddedRoleIsAuditedAsAContactUpdate() {
        ContactId vendor = add("Audra", "Findings" + unique, Set.of(ContactRole.VENDOR));
        as(() -> roles.ensure(vendor, ContactRole.CUSTOMER));
        String after = as(() -> jdbc.sql("""
                        select after_row->>'is_customer' from audit_log
                        where table_name = 'contact' and row_id = ? and action = 'UPDATE' order by id desc limit 1""")
                .param(vendor.toString()).query(String.class).single());
        assertThat(after).isEqualTo("true");
    }

    // 07-contacts §Unified Contacts R10: a role's picker lists the role's holders; "search all" adds everyone else after them
    @Test
    void aRolesPickerListsItsHoldersAndSearchAllAddsEveryoneElseAfterThem() {
        String family = "Pickwick" + unique;
        ContactId vendor = add("Vince", family, Set.of(ContactRole.VENDOR));
        ContactId customer = add("Carla", family, Set.of(ContactRole.CUSTOMER));
        assertThat(as(() -> contacts.pick(ContactRole.VENDOR, family, false, 10))).extracting(Contact::id).containsExactly(vendor);
        assertThat(as(() -> contacts.pick(ContactRole.VENDOR, family.toLowerCase(), true, 10))).extracting(Contact::id)
                .containsExactly(vendor, customer);
    }

    // 07-contacts §Unified Contacts R11: a role stays while a module has open business with the contact in it
    @Test
    void aRoleWithOpenBusinessCannotBeTakenAway() {
        ContactId customer = add("Otto", "Openinvoice" + unique, Set.of(ContactRole.CUSTOMER, ContactRole.VENDOR));
        TestRoleGuard.hasOpenInvoice(customer);
        assertThatThrownBy(() -> as(() -> { roles.remove(customer, ContactRole.CUSTOMER); return null; }))
                .isInstanceOf(RoleStillInUse.class).hasMessageContaining("has an open invoice");
        as(() -> { roles.remove(customer, ContactRole.VENDOR); return null; });
        assertThat(as(() -> contacts.get(customer)).roles()).containsExactly(ContactRole.CUSTOMER);
    }

    // 07-contacts §Unified Contacts R1, R8: one list filtered by role; a contact with two roles is in both, once
    @Test
    void theListFiltersByRoleAndShowsATwoRoleContactOnceInEach() throws Exception {
        String family = "Twofold" + unique;
        add("Gus", family, Set.of(ContactRole.VENDOR, ContactRole.CUSTOMER));
        for (String role : new String[] {"customer", "vendor"}) {
            mvc.perform(get("/contacts").param("role", role).param("q", family).with(tenant.owner().signedIn()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("1 in all")));
        }
        mvc.perform(get("/contacts").param("role", "partner").param("q", family).with(tenant.owner().signedIn()))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Gus " + family))));
    }

    // 07-contacts §Duplicate Customers R5: a merged contact leaves the list, the pickers and the search
    @Test
    void aMergedContactLeavesTheListPickersAndSearch() throws Exception {
        String family = "Mergewell" + unique;
        ContactId survivor = add("Bob", family, Set.of(ContactRole.CUSTOMER));
        ContactId merged = add("Robert", family, Set.of(ContactRole.CUSTOMER));
        as(() -> {
            jdbc.sql("update contact set merged_into_id = ?, merged_at = now() where id = ?")
                    .params(survivor.value(), merged.value()).update();
            searchEntries.reindex(contacts.get(merged));
            return null;
        });
        assertThat(as(() -> contacts.pick(ContactRole.CUSTOMER, family, true, 10))).extracting(Contact::id)
                .containsExactly(survivor);
        mvc.perform(get("/contacts").param("q", family).with(tenant.owner().signedIn()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("1 in all")));
        mvc.perform(get("/contacts").param("q", family).param("record", "merged").with(tenant.owner().signedIn()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Robert " + family)));
    }

    // 07-contacts §Scan a business card R5: a new contact with an existing contact's e-mail is questioned before saving
    @Test
    void aNewContactMatchingAnExistingOneIsQuestionedBeforeItIsSaved() throws Exception {
        String family = "Twice" + unique;
        add("Dora", family, Set.of(ContactRole.CUSTOMER));
        var form = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/contacts")
                .with(tenant.owner().signedIn()).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())
                .param("firstName", "Dora").param("lastName", family).param("customer", "true")
                .param("email", "DORA." + family.toUpperCase() + "@example.com").param("taxStatus", "TAXABLE")
                .param("shippingSame", "true");
        mvc.perform(form).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("may already be in your contacts")));
        assertThat(as(() -> jdbc.sql("select count(*) from contact where last_name = ?").param(family)
                .query(Long.class).single())).isEqualTo(1);
        mvc.perform(form.param("notADuplicate", "true")).andExpect(status().is3xxRedirection());
        assertThat(as(() -> jdbc.sql("select count(*) from contact where last_name = ?").param(family)
                .query(Long.class).single())).isEqualTo(2);
    }

    // 11-utilities §Audit Log: contact tables are offered by name in the record-type filter
    @Test
    void theAuditLogOffersContactsAndMergesAsRecordTypes() throws Exception {
        mvc.perform(get("/utilities/audit-log").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("<option value=\"contact\">Contact</option>"),
                        org.hamcrest.Matchers.containsString("<option value=\"contact_merge\">Contact merge</option>"),
                        org.hamcrest.Matchers.containsString("<option value=\"resale_certificate\">Resale certificate</option>"))));
    }

    // 07-contacts §Scan a business card R5 with Consolidation R14: "Bob" is questioned when "Robert" of the same
    // family name has the same phone, written otherwise
    @Test
    void aNicknameWithTheSamePhoneIsQuestionedLikeConsolidationWould() throws Exception {
        String family = "Nick" + unique;
        as(() -> editing.add(Contact.draft(new Contact.Name("Robert", family, null, null), Set.of(ContactRole.CUSTOMER),
                new Contact.Reach(null, null, "(312) 555-0131", null, null, null, null), null, null, null, null, null,
                false, false, null, null)));
        Contact bob = Contact.draft(new Contact.Name("Bob", family, null, null), Set.of(), new Contact.Reach(null, null,
                null, null, "+1 312.555.0131", null, null), null, null, null, null, null, false, false, null, null);
        assertThat(as(() -> contacts.likelyDuplicatesOf(bob, 5))).extracting(c -> c.name().firstName())
                .containsExactly("Robert");
        Contact other = Contact.draft(new Contact.Name("Bob", family, null, null), Set.of(), new Contact.Reach(null, null,
                null, null, "(312) 555-0177", null, null), null, null, null, null, null, false, false, null, null);
        assertThat(as(() -> contacts.likelyDuplicatesOf(other, 5))).isEmpty();
    }

    // 01-navigation §Search: a contact is found by the digits of its phone and exactly by e-mail
    @Test
    void searchFindsAContactByPhoneDigitsAndByEmail() throws Exception {
        String family = "Findable" + unique;
        as(() -> editing.add(Contact.draft(new Contact.Name("Fay", family, null, null), Set.of(ContactRole.CUSTOMER),
                new Contact.Reach("fay." + unique + "@example.com", null, "(773) 555-0168",
                        null, null, null, null), null, null, null, null, null, false, false, null, null)));
        mvc.perform(get("/search").param("q", "fay." + unique + "@example.com").with(tenant.owner().signedIn()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Fay " + family)));
        mvc.perform(get("/search").param("q", "7735550168").with(tenant.owner().signedIn()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Fay " + family)));
    }
}
