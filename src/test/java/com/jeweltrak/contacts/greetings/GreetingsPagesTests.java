package com.jeweltrak.contacts.greetings;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import com.jeweltrak.platform.jobs.TenantsForJobs;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Settings → Greetings, its API, and the contact's Greetings tab (07-contacts §Birthday & Anniversary Auto-Send). */
@IntegrationTest
class GreetingsPagesTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;

    @Autowired MockMvc mvc;
    @Autowired GreetingSettingsStore settings;
    @Autowired TenantsForJobs tenants;
    @Autowired SendingATenantsGreetings sendingATenant;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired TestTenants testTenants;
    @Autowired ChangingGreetingSettings changing;

    @BeforeAll
    static void setUp(@Autowired TestTenants testTenants) {
        tenant = testTenants.open("greeting-pages");
        other = testTenants.open("greeting-pages-other");
    }

    @Test
    void theSettingsPageShowsGreetingsOffAndAPreviewForASampleCustomer() throws Exception {
        // R2 off by default; R3 the template filled in for a sample contact
        mvc.perform(get("/settings/greetings").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Happy birthday, Jane!")))
                .andExpect(content().string(containsString("id=\"birthdayEnabled1\"")))
                .andExpect(content().string(not(containsString("checked=\"checked\""))));
    }

    @Test
    void anUnknownMergeFieldIsShownBesideItsFieldAndNothingIsSaved() throws Exception {
        // R3: only the listed merge fields; a typo is caught before a customer sees it
        mvc.perform(form("on", "Hi {frstName}", "Dear {firstName}"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"birthdaySubjectError\"")))
                .andExpect(content().string(containsString("Unknown merge field {frstName}")))
                .andExpect(content().string(containsString("value=\"Hi {frstName}\"")));

        assertThat(current(tenant).birthday().subject()).isEqualTo(GreetingSettings.DEFAULT_BIRTHDAY.subject());
    }

    @Test
    void aGreetingSwitchedOnNeedsASubject() throws Exception {
        mvc.perform(form("on", "", "Dear {firstName}"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A greeting that is switched on needs a subject.")));
    }

    @Test
    void previewShowsTheTypedTemplateWithoutSavingIt() throws Exception {
        mvc.perform(form("on", "Cheers {fullName}", "Dear {firstName}").param("action", "preview"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cheers Jane Sample")));

        assertThat(current(tenant).birthday().subject()).isEqualTo(GreetingSettings.DEFAULT_BIRTHDAY.subject());
    }

    @Test
    void theAdminSwitchesBirthdayGreetingsOnWithTheirOwnWording() throws Exception {
        // R2, R3: the tenant's admin opts in and edits the template
        TestTenants.Tenant own = testTenants.open("greeting-own-wording");
        mvc.perform(post("/settings/greetings").with(own.owner().signedIn()).with(csrf())
                        .param("birthdayEnabled", "true").param("_birthdayEnabled", "on").param("_anniversaryEnabled", "on")
                        .param("birthdaySubject", "Many happy returns, {firstName}")
                        .param("birthdayBody", "From all of us at {storeName}.")
                        .param("anniversarySubject", "Happy anniversary").param("anniversaryBody", "Congratulations!"))
                .andExpect(redirectedUrl("/settings/greetings"));

        GreetingSettings saved = current(own);
        assertThat(saved.birthdayEnabled()).isTrue();
        assertThat(saved.anniversaryEnabled()).isFalse();
        assertThat(saved.birthday().subject()).isEqualTo("Many happy returns, {firstName}");
    }

    @Test
    void theApiAnswersTheSettingsAndRefusesUnknownMergeFieldsPerField() throws Exception {
        mvc.perform(get("/api/v1/greeting-settings").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.birthdayEnabled").value(false))
                .andExpect(jsonPath("$.anniversaryEnabled").value(false));

        mvc.perform(put("/api/v1/greeting-settings").with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"birthdayEnabled": true, "anniversaryEnabled": true,
                                 "birthdaySubject": "Hi {nickname}", "birthdayBody": "Dear {firstName}",
                                 "anniversarySubject": "", "anniversaryBody": "Congratulations"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.birthdaySubject").value(containsString("{nickname}")))
                .andExpect(jsonPath("$.errors.anniversarySubject").exists());
    }

    @Test
    void theContactsGreetingsTabListsTheGreetingsSent() throws Exception {
        // R5: the send log, shown on the contact (a tenant of its own: this one switches greetings on)
        TestTenants.Tenant sending = testTenants.open("greeting-tab");
        GreetingSettings d = GreetingSettings.defaults();
        TenantContext.runAs(sending.id(), sending.owner().id(),
                () -> changing.change(new GreetingSettings(true, false, d.birthday(), d.anniversary())));
        long contact = customerWithBirthday(sending, 8, 20);
        new SendingGreetings(tenants, sendingATenant, Clock.fixed(Instant.parse("2027-08-20T15:00:00Z"), ZoneOffset.UTC))
                .sendDue();

        mvc.perform(get("/contacts/{id}/greetings", contact).with(sending.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"contactGreetings\"")))
                .andExpect(content().string(containsString("Birthday")))
                .andExpect(content().string(containsString("2027-08-20")))
                .andExpect(content().string(containsString("Queued")));
        mvc.perform(get("/api/v1/contacts/{id}/greetings", contact).with(sending.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].kind").value("BIRTHDAY"))
                .andExpect(jsonPath("$.content[0].sentOn").value("2027-08-20"))
                .andExpect(jsonPath("$.totalElements").value(1));
    }

    @Test
    void anotherTenantsContactsGreetingsAreNotFound() throws Exception {
        // design §4: another tenant's record is a 404 everywhere
        long theirs = customerWithBirthday(other, 9, 1);

        mvc.perform(get("/contacts/{id}/greetings", theirs).with(tenant.owner().signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/contacts/{id}/greetings", theirs).with(tenant.owner().signedIn()))
                .andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder form(String birthdayEnabled,
                                                                                         String subject, String body) {
        return post("/settings/greetings").with(tenant.owner().signedIn()).with(csrf())
                .param("birthdayEnabled", birthdayEnabled.equals("on") ? "true" : "false")
                .param("_birthdayEnabled", "on").param("_anniversaryEnabled", "on")
                .param("birthdaySubject", subject).param("birthdayBody", body)
                .param("anniversarySubject", GreetingSettings.DEFAULT_ANNIVERSARY.subject())
                .param("anniversaryBody", GreetingSettings.DEFAULT_ANNIVERSARY.body());
    }

    private GreetingSettings current(TestTenants.Tenant t) {
        return TenantContext.callAs(t.id(), t.owner().id(), settings::current);
    }

    private long customerWithBirthday(TestTenants.Tenant t, int month, int day) {
        String email = "pages-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
        return TenantContext.callAs(t.id(), t.owner().id(), () -> transactions.execute(tx -> jdbc.sql("""
                        insert into contact (tenant_id, first_name, last_name, email, is_customer, birthday_month, birthday_day)
                        values (jt_current_tenant(), 'Tab', 'Tester', ?, true, ?, ?) returning id""")
                .params(email, month, day).query(Long.class).single()));
    }
}
