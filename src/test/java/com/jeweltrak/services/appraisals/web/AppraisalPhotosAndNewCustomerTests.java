package com.jeweltrak.services.appraisals.web;

import java.io.IOException;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.services.appraisals.AppraisalFixtures;
import com.jeweltrak.services.appraisals.AppraisalId;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Several photos per appraised piece and the customer created inline (03-services §13 Data, R2, R5). */
@IntegrationTest
class AppraisalPhotosAndNewCustomerTests {

    static TestTenants.Tenant tenant;

    @Autowired MockMvc mvc;
    @Autowired AppraisalFixtures fixtures;
    @Autowired Contacts contacts;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("appraisal-photos");
    }

    private int uploads;

    private void upload(AppraisalId id, long item, int expectedStatus) throws Exception {
        // each photo its own picture (identical images would be drawn once in the PDF)
        mvc.perform(multipart("/services/appraisals/" + id + "/pieces/" + item + "/photo")
                        .file(new MockMultipartFile("photo", "piece.png", "image/png", png(40 + ++uploads)))
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().is(expectedStatus));
    }

    // 03-services §13 Data (Photos 0..n), R5: two photos of one piece are both kept, shown, served and printed
    @Test
    void aPieceKeepsEveryPhotoTakenAndPrintsThemAll() throws Exception {
        AppraisalId id = fixtures.open(tenant, fixtures.customer(tenant, "Pia"), null);
        long item = fixtures.item(tenant, id, "Opal pendant", "800");
        upload(id, item, 302);
        upload(id, item, 302);
        assertThat(fixtures.read(tenant, id).item(item).photoFileIds()).hasSize(2);
        String page = mvc.perform(get("/services/appraisals/" + id).with(tenant.owner().signedIn()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/pieces/" + item + "/photo?n=1").contains("/pieces/" + item + "/photo?n=2");
        mvc.perform(get("/services/appraisals/" + id + "/pieces/" + item + "/photo").param("n", "2")
                .with(tenant.owner().signedIn())).andExpect(status().isOk());
        mvc.perform(get("/services/appraisals/" + id + "/pieces/" + item + "/photo").param("n", "3")
                .with(tenant.owner().signedIn())).andExpect(status().isNotFound());
        byte[] pdf = mvc.perform(get("/services/appraisals/" + id + "/pdf").with(tenant.owner().signedIn()))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int images = 0;
            for (var p : document.getPages()) for (var name : p.getResources().getXObjectNames()) images++;
            assertThat(images).isGreaterThanOrEqualTo(2);
        }
    }

    // 03-services §13 Data: a piece holds at most six photos; the seventh is refused
    @Test
    void aSeventhPhotoIsRefused() throws Exception {
        AppraisalId id = fixtures.open(tenant, fixtures.customer(tenant, "Sev"), null);
        long item = fixtures.item(tenant, id, "Charm bracelet", "500");
        for (int i = 0; i < 6; i++) upload(id, item, 302);
        upload(id, item, 422);
        assertThat(fixtures.read(tenant, id).item(item).photoFileIds()).hasSize(6);
    }

    // 03-services §13 R2: a customer not yet a contact is created inline, as a Customer, with the appraisal
    @Test
    void aNewCustomerIsCreatedInlineWithTheAppraisal() throws Exception {
        String location = mvc.perform(post("/services/appraisals").with(tenant.owner().signedIn()).with(csrf())
                        .param("purpose", "INSURANCE").param("newFirstName", "Nora").param("newLastName", "Inline")
                        .param("newPhone", "555-0142"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/services/appraisals/*"))
                .andReturn().getResponse().getRedirectedUrl();
        AppraisalId id = new AppraisalId(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        Contact customer = fixtures.as(tenant, () -> contacts.find(fixtures.read(tenant, id).customer()).orElseThrow());
        assertThat(customer.name().full()).isEqualTo("Nora Inline");
        assertThat(customer.roles()).contains(ContactRole.CUSTOMER);
    }

    // 03-services §13 R2, design §5: a refused new customer creates nothing and keeps what was typed
    @Test
    void aRefusedNewCustomerCreatesNothingAndKeepsWhatWasTyped() throws Exception {
        long before = count();
        String body = mvc.perform(post("/services/appraisals").with(tenant.owner().signedIn()).with(csrf())
                        .param("purpose", "INSURANCE").param("newFirstName", "Otto").param("newLastName", "Typed")
                        .param("newEmail", "not-an-address"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("Otto").contains("not-an-address");
        assertThat(count()).isEqualTo(before);
    }

    private long count() {
        return fixtures.as(tenant, () -> transactions.execute(s -> jdbc.sql("select count(*) from contact").query(Long.class).single()));
    }

    private static byte[] png(int width) throws IOException {
        var image = new java.awt.image.BufferedImage(width, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
