package com.jeweltrak.services.web;

import java.time.LocalDate;

import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.services.IntakeFixtures;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "E-mail vendor" on a stage: the compose page, the job's card and the API (03-services §6; design §5, §5b). */
@IntegrationTest
class VendorMailPagesTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;

    @Autowired MockMvc mvc;
    @Autowired IntakeFixtures fixtures;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants) {
        tenant = tenants.open("work-order-vendor-mail-pages");
        other = tenants.open("work-order-vendor-mail-pages-other");
    }

    private long stageWithVendor(WorkOrderId job, String email) {
        return fixtures.stage(tenant, job, fixtures.contact(tenant, "Vera", "Caster", email, ContactRole.VENDOR), "Casting",
                "Cast in 14K yellow", LocalDate.of(2026, 12, 4));
    }

    // 03-services §6 R3: the compose page is pre-filled and editable
    @Test
    void theComposePageIsPreFilledFromTheJob() throws Exception {
        WorkOrderId job = fixtures.custom(tenant, "Signet ring");
        long stage = stageWithVendor(job, "vera@casting.example");
        String html = mvc.perform(get("/services/work-orders/" + job + "/stages/" + stage + "/vendor-mail").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("&lt;vera@casting.example&gt;").contains("Quote request &mdash; work order 0000")
                .contains("Instructions: Cast in 14K yellow").contains("Needed by: December 4, 2026").contains("id=\"sendVendorMail\"");
    }

    // 03-services §6 R5: no e-mail address on file is refused with the reason, and nothing can be sent
    @Test
    void aVendorWithoutAnAddressIsRefusedWithTheReason() throws Exception {
        WorkOrderId job = fixtures.custom(tenant, "Earrings");
        long stage = stageWithVendor(job, null);
        String html = mvc.perform(get("/services/work-orders/" + job + "/stages/" + stage + "/vendor-mail").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"vendorMailRefusal\"").contains("Vera Caster has no e-mail address on file")
                .doesNotContain("id=\"sendVendorMail\"");
        mvc.perform(post("/services/work-orders/" + job + "/stages/" + stage + "/vendor-mail").with(tenant.owner().signedIn()).with(csrf())
                        .param("kind", "quote_request").param("subject", "S").param("body", "B"))
                .andExpect(status().isUnprocessableContent());
    }

    // design §5: an emptied subject is refused beside it, the body typed kept
    @Test
    void anEmptySubjectIsRefusedBesideItWithTheBodyKept() throws Exception {
        WorkOrderId job = fixtures.custom(tenant, "Bangle");
        long stage = stageWithVendor(job, "vera@casting.example");
        String html = mvc.perform(post("/services/work-orders/" + job + "/stages/" + stage + "/vendor-mail")
                        .with(tenant.owner().signedIn()).with(csrf())
                        .param("kind", "work_request").param("subject", " ").param("body", "My own words"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"subjectError\"").contains("Write a subject.").contains("My own words");
    }

    // 03-services §6 R6: a sent e-mail shows on the job's card with who, when, to and the subject
    @Test
    void aSentMailIsLoggedOnTheJobsCard() throws Exception {
        WorkOrderId job = fixtures.custom(tenant, "Brooch");
        long stage = stageWithVendor(job, "vera@casting.example");
        mvc.perform(post("/services/work-orders/" + job + "/stages/" + stage + "/vendor-mail").with(tenant.owner().signedIn()).with(csrf())
                        .param("kind", "work_request").param("subject", "Please cast the brooch").param("body", "Thanks"))
                .andExpect(redirectedUrl("/services/work-orders/" + job + "#vendorMails"));
        String card = mvc.perform(get("/services/work-orders/" + job + "/vendor-mails").header("HX-Request", "true")
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(card).contains("Please cast the brooch").contains("vera@casting.example").contains("Work request")
                .contains("Casting").contains("id=\"emailVendor-" + stage + "\"");
    }

    // design §5b: the draft, the send and the log over the API
    @Test
    void theApiDraftsSendsAndListsVendorMails() throws Exception {
        WorkOrderId job = fixtures.custom(tenant, "Api pendant");
        long stage = stageWithVendor(job, "vera@casting.example");
        mvc.perform(get("/api/v1/work-orders/" + job + "/stages/" + stage + "/vendor-mail").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sendable").value(true))
                .andExpect(jsonPath("$.toAddress").value("vera@casting.example")).andExpect(jsonPath("$.kind").value("quote_request"));
        mvc.perform(post("/api/v1/work-orders/" + job + "/stages/" + stage + "/vendor-mail").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"quote_request\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.subject").value(org.hamcrest.Matchers.startsWith("Quote request")));
        mvc.perform(get("/api/v1/work-orders/" + job + "/vendor-mails").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].toAddress").value("vera@casting.example"))
                .andExpect(jsonPath("$[0].sentById").value(tenant.owner().id().value()));
    }

    // 03-services §6 R5, design §5b: the API refuses a vendor without an address with a 422 and the reason
    @Test
    void theApiRefusesAVendorWithoutAnAddress() throws Exception {
        WorkOrderId job = fixtures.custom(tenant, "Api earrings");
        long stage = stageWithVendor(job, null);
        mvc.perform(get("/api/v1/work-orders/" + job + "/stages/" + stage + "/vendor-mail").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sendable").value(false))
                .andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.containsString("no e-mail address")));
        mvc.perform(post("/api/v1/work-orders/" + job + "/stages/" + stage + "/vendor-mail").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"quote_request\"}"))
                .andExpect(status().isUnprocessableContent());
    }

    // design §4: another tenant's stage cannot be e-mailed, by page or API
    @Test
    void anotherTenantsStageIsNotFound() throws Exception {
        WorkOrderId job = fixtures.custom(tenant, "Private ring");
        long stage = stageWithVendor(job, "vera@casting.example");
        mvc.perform(get("/services/work-orders/" + job + "/stages/" + stage + "/vendor-mail").with(other.owner().signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/work-orders/" + job + "/stages/" + stage + "/vendor-mail").with(other.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound());
    }
}
