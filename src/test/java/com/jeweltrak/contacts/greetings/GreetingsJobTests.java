package com.jeweltrak.contacts.greetings;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.jeweltrak.platform.jobs.TenantsForJobs;
import com.jeweltrak.platform.mail.DeliveringMail;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestSmtp;
import com.jeweltrak.support.TestTenants;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The greetings job (07-contacts §Birthday & Anniversary Auto-Send), run directly with a fixed clock. */
@IntegrationTest
class GreetingsJobTests {

    static TestTenants.Tenant tenant;
    static TestSmtp smtp;

    @Autowired TenantsForJobs tenants;
    @Autowired SendingATenantsGreetings sendingATenant;
    @Autowired DeliveringMail delivering;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired TestTenants testTenants;

    @BeforeAll
    static void setUp(@Autowired TestTenants testTenants, @Autowired ChangingGreetingSettings changing,
                      @Autowired TransactionTemplate transactions, @Autowired JavaMailSender sender) {
        tenant = testTenants.open("greetings");
        switchOn(tenant, changing);
        smtp = TestSmtp.startedFor(sender);
    }

    @AfterAll
    static void tearDown() {
        smtp.stop();
    }

    static void switchOn(TestTenants.Tenant t, ChangingGreetingSettings changing) {
        GreetingSettings defaults = GreetingSettings.defaults();
        TenantContext.runAs(t.id(), t.owner().id(), () -> changing.change(
                new GreetingSettings(true, true, defaults.birthday(), defaults.anniversary())));
    }

    @Test
    void aCustomerWhoseBirthdayIsTodayGetsOneGreetingMail() throws Exception {
        // R1, R4: the job queues the greeting; the outbox delivers it over SMTP
        String email = unique("birthday");
        long ada = contact(tenant, "Ada", "Lovelace", email, 3, 10).insert();

        runAt("2027-03-10T15:00:00Z");
        delivering.deliverDue(Instant.now());

        List<MimeMessage> received = smtp.receivedBy(email);
        assertThat(received).hasSize(1);
        assertThat(received.getFirst().getSubject()).isEqualTo("Happy birthday, Ada!");
        assertThat(sent(ada)).containsExactly("BIRTHDAY 2027 2027-03-10");
    }

    @Test
    void runningTheJobTwiceSendsOneGreeting() {
        // R5: the send log keeps a re-run from greeting anyone twice in a year
        long grace = contact(tenant, "Grace", "Hopper", unique("twice"), 3, 11).insert();

        runAt("2027-03-11T15:00:00Z");
        runAt("2027-03-11T18:00:00Z");

        assertThat(sent(grace)).hasSize(1);
        assertThat(mails(grace)).isEqualTo(1);
    }

    @Test
    void greetingsAreOffUntilTheTenantSwitchesThemOn() {
        // R2: opt-in per tenant, off by default
        TestTenants.Tenant quiet = testTenants.open("greetings-off");
        long alan = contact(quiet, "Alan", "Turing", unique("off"), 3, 12).insert();

        runAt("2027-03-12T15:00:00Z");

        assertThat(sentIn(quiet, alan)).isEmpty();
    }

    @Test
    void aVendorWhoIsNotACustomerIsSkipped() {
        // R6: only contacts with the Customer role
        long vendor = contact(tenant, "Val", "Vendor", unique("vendor"), 3, 13).vendorOnly().insert();

        runAt("2027-03-13T15:00:00Z");

        assertThat(sent(vendor)).isEmpty();
    }

    @Test
    void aCustomerWithoutAUsableEmailIsSkipped() {
        // R6: a valid e-mail is needed
        long none = contact(tenant, "Nora", "Nomail", null, 3, 14).insert();
        long bad = contact(tenant, "Bert", "Badmail", "bert at example", 3, 14).insert();

        runAt("2027-03-14T15:00:00Z");

        assertThat(sent(none)).isEmpty();
        assertThat(sent(bad)).isEmpty();
    }

    @Test
    void aCustomerWhoOptedOutIsSkipped() {
        // R6: no opt-out
        long optedOut = contact(tenant, "Olga", "Optout", unique("optout"), 3, 15).noGreetings().insert();

        runAt("2027-03-15T15:00:00Z");

        assertThat(sent(optedOut)).isEmpty();
    }

    @Test
    void aMergedContactIsSkipped() {
        // R6: merged contacts are skipped; the survivor is greeted
        long survivor = contact(tenant, "Mia", "Merged", unique("survivor"), 3, 16).insert();
        long merged = contact(tenant, "Mia", "Merged", unique("merged"), 3, 16).mergedInto(survivor).insert();

        runAt("2027-03-16T15:00:00Z");

        assertThat(sent(merged)).isEmpty();
        assertThat(sent(survivor)).hasSize(1);
    }

    @Test
    void aTwentyNinthOfFebruaryBirthdayIsGreetedOnTheTwentyEighthInANonLeapYear() {
        // R7
        long leapling = contact(tenant, "Leo", "Leap", unique("leap"), 2, 29).insert();

        runAt("2027-02-28T15:00:00Z");

        assertThat(sent(leapling)).containsExactly("BIRTHDAY 2027 2027-02-28");
    }

    @Test
    void aTwentyNinthOfFebruaryBirthdayWaitsForTheTwentyNinthInALeapYear() {
        // R7 applies only when the year has no 29 February
        long leapling = contact(tenant, "Lea", "Leap", unique("leap-year"), 2, 29).insert();

        runAt("2028-02-28T15:00:00Z");
        assertThat(sent(leapling)).isEmpty();

        runAt("2028-02-29T15:00:00Z");
        assertThat(sent(leapling)).containsExactly("BIRTHDAY 2028 2028-02-29");
    }

    @Test
    void nothingIsSentBeforeNineInTheMorningLocalTime() {
        // R4: the business date in the store's time zone; mail goes out from 09:00 (New York: UTC-4 in June)
        long early = contact(tenant, "Eve", "Early", unique("early"), 6, 2).insert();

        runAt("2027-06-02T12:59:00Z");
        assertThat(sent(early)).isEmpty();

        runAt("2027-06-02T13:00:00Z");
        assertThat(sent(early)).hasSize(1);
    }

    @Test
    void theDayIsTheHomeStoresDateInItsTimeZone() {
        // R4: a customer of the Tokyo store is greeted on Tokyo's calendar, though the first store is in New York
        StoreId tokyo = testTenants.addStore(tenant, "Tokyo " + UUID.randomUUID().toString().substring(0, 6));
        TenantContext.runAs(tenant.id(), tenant.owner().id(), () -> transactions.executeWithoutResult(tx ->
                jdbc.sql("update store set time_zone = 'Asia/Tokyo' where id = ?").params(tokyo.value()).update()));
        long kenji = contact(tenant, "Kenji", "Sato", unique("tokyo"), 6, 3).homeStore(tokyo).insert();

        runAt("2027-06-02T23:30:00Z"); // Tokyo 08:30 on 3 June
        assertThat(sent(kenji)).isEmpty();

        runAt("2027-06-03T00:30:00Z"); // Tokyo 09:30 on 3 June, New York still 2 June
        assertThat(sent(kenji)).containsExactly("BIRTHDAY 2027 2027-06-03");
    }

    @Test
    void theTemplatesMergeFieldsAreFilledIn() {
        // R3: the anniversary template with the contact's and the store's names
        long couple = contact(tenant, "Ruth", "Baker", unique("anniversary"), null, null)
                .anniversary(7, 4).spouse("Sam").insert();

        runAt("2027-07-04T15:00:00Z");

        String body = TenantContext.callAs(tenant.id(), null, () -> transactions.execute(tx -> jdbc.sql(
                "select m.subject || '|' || m.text_body || '|' || m.kind from greeting_sent g join mail_outbox m on m.id = g.outbox_id where g.contact_id = ?")
                .params(couple).query(String.class).single()));
        assertThat(body).startsWith("Happy anniversary, Ruth!|Dear Ruth,")
                .contains("Everyone at Store greetings-").contains("Org greetings-")
                .endsWith("|ANNIVERSARY_GREETING")
                .doesNotContain("{");
    }

    private void runAt(String instant) {
        new SendingGreetings(tenants, sendingATenant, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)).sendDue();
    }

    private List<String> sent(long contact) {
        return sentIn(tenant, contact);
    }

    private List<String> sentIn(TestTenants.Tenant t, long contact) {
        return TenantContext.callAs(t.id(), null, () -> transactions.execute(tx -> jdbc.sql(
                        "select kind || ' ' || year || ' ' || sent_on from greeting_sent where contact_id = ? order by id")
                .params(contact).query(String.class).list()));
    }

    private long mails(long contact) {
        return TenantContext.callAs(tenant.id(), null, () -> transactions.execute(tx -> jdbc.sql(
                        "select count(*) from mail_outbox where related_type = 'contact' and related_id = ?")
                .params(contact).query(Long.class).single()));
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
    }

    private ContactRow contact(TestTenants.Tenant t, String first, String last, String email, Integer month, Integer day) {
        return new ContactRow(t, first, last, email, month, day);
    }

    /** A contact row written straight to the table: the contacts module's own classes are not needed here. */
    final class ContactRow {
        private final TestTenants.Tenant t;
        private final String first, last, email;
        private final Integer month, day;
        private Integer anniversaryMonth, anniversaryDay;
        private String spouse;
        private boolean customer = true, vendor, noGreetings;
        private Long mergedInto;
        private StoreId homeStore;

        ContactRow(TestTenants.Tenant t, String first, String last, String email, Integer month, Integer day) {
            this.t = t; this.first = first; this.last = last; this.email = email; this.month = month; this.day = day;
        }

        ContactRow vendorOnly() { customer = false; vendor = true; return this; }
        ContactRow noGreetings() { noGreetings = true; return this; }
        ContactRow mergedInto(long id) { mergedInto = id; return this; }
        ContactRow homeStore(StoreId id) { homeStore = id; return this; }
        ContactRow anniversary(int m, int d) { anniversaryMonth = m; anniversaryDay = d; return this; }
        ContactRow spouse(String name) { spouse = name; return this; }

        long insert() {
            return TenantContext.callAs(t.id(), t.owner().id(), () -> transactions.execute(tx -> jdbc.sql("""
                            insert into contact (tenant_id, first_name, last_name, email, is_customer, is_vendor,
                                                 birthday_month, birthday_day, anniversary_month, anniversary_day,
                                                 spouse_name, no_greetings, merged_into_id, merged_at, home_store_id)
                            values (jt_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                                    case when ? then now() end, ?)
                            returning id""")
                    .params(first, last, email, customer, vendor, month, day, anniversaryMonth, anniversaryDay, spouse,
                            noGreetings, mergedInto, mergedInto != null, homeStore == null ? null : homeStore.value())
                    .query(Long.class).single()));
        }
    }
}
