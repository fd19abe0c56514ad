package com.jeweltrak.contacts.certificates.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.contacts.certificates.CertificateFixtures;
import com.jeweltrak.contacts.certificates.CertificateId;
import com.jeweltrak.contacts.certificates.ResaleCertificate;
import com.jeweltrak.contacts.certificates.ResaleCertificates;
import com.jeweltrak.contacts.certificates.VerificationResult;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Resale Certificates section of the contact page (07-contacts §Resale Certificates UI; design §5). */
@IntegrationTest
class CertificatePagesTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/New_York"));

    @Autowired MockMvc mvc;
    @Autowired CertificateFixtures fixtures;
    @Autowired ResaleCertificates certificates;
    @Autowired Contacts contacts;
    @Autowired TestTenants tenants;

    static TestTenants.Tenant tenant;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("certificate-pages");
    }

    // R6 + R2 UI: the section shows each certificate's status, its expiry warning, the state's portal and the document
    @Test
    void theSectionShowsStatusWarningPortalAndDocument() throws Exception {
        ContactId dealer = fixtures.contact(tenant, "Section Dealer", ContactRole.CUSTOMER);
        CertificateId ca = fixtures.certificate(tenant, dealer, "CA", "SR-3001", TODAY.plusDays(14), true);
        fixtures.verify(tenant, dealer, ca, VerificationResult.VALID);
        fixtures.certificate(tenant, dealer, "OH", "OH-3001", TODAY.minusDays(2), false);

        mvc.perform(get("/contacts/" + dealer + "/certificates").header("HX-Request", "true").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"contactCertificates\"")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Expiring soon")))
                .andExpect(content().string(containsString("expires in 14 days")))
                .andExpect(content().string(containsString(">expired<")))
                .andExpect(content().string(containsString("href=\"https://www.cdtfa.ca.gov/services/\"")))
                .andExpect(content().string(containsString("Look up Ohio")))
                .andExpect(content().string(containsString("/contacts/" + dealer + "/certificates/" + ca + "/document")))
                .andExpect(content().string(containsString("Record verification")))
                .andExpect(content().string(containsString("Add certificate")));
    }

    // design §5: the same URL opened directly answers a whole page around the section
    @Test
    void withoutHtmxTheSectionComesInAPageOfItsOwn() throws Exception {
        ContactId dealer = fixtures.contact(tenant, "Direct Dealer", ContactRole.CUSTOMER);

        mvc.perform(get("/contacts/" + dealer + "/certificates").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("id=\"contactCertificates\"")))
                .andExpect(content().string(containsString("No resale certificate on file.")));
    }

    // R1 + Unified Contacts R7, design §5 post/redirect/get: adding from the page returns to the contact page,
    // and the vendor it was added to is now a customer
    @Test
    void addingACertificateReturnsToTheContactPageAndMakesTheContactACustomer() throws Exception {
        ContactId supplier = fixtures.contact(tenant, "Page Vendor", ContactRole.VENDOR);

        mvc.perform(multipart("/contacts/" + supplier + "/certificates")
                        .file(new MockMultipartFile("document", "permit.pdf", "application/pdf", CertificateFixtures.PDF))
                        .param("state", "TX").param("permitNumber", "3-3002").param("issuedOn", "2026-01-01")
                        .param("expiresOn", "2028-01-01").param("notes", "")
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/contacts/" + supplier + "#certificates"));

        assertThat(TenantContext.callAs(tenant.id(), null, () -> contacts.get(supplier)).hasRole(ContactRole.CUSTOMER)).isTrue();
        ResaleCertificate added = TenantContext.callAs(tenant.id(), null, () -> certificates.of(supplier)).getFirst();
        assertThat(added.permitNumber()).isEqualTo("3-3002");
        assertThat(added.document()).isNotNull();
    }

    // stored files + design §5: a document over 10 MB is refused beside the document field, and what was typed stays
    @Test
    void aDocumentOverTheLimitIsRefusedBesideTheFieldWithTheTypedValuesKept() throws Exception {
        ContactId dealer = fixtures.contact(tenant, "Big Scan Dealer", ContactRole.CUSTOMER);
        byte[] big = Arrays.copyOf(CertificateFixtures.PDF, (int) StoredFiles.MAX_BYTES + 1);

        String html = mvc.perform(multipart("/contacts/" + dealer + "/certificates")
                        .file(new MockMultipartFile("document", "big.pdf", "application/pdf", big))
                        .param("state", "CA").param("permitNumber", "SR-TYPED-3003").param("expiresOn", "2029-06-30")
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(besideField(html, "aDocument")).contains("is-invalid").contains("at most 10 MB");
        assertThat(html).contains("value=\"SR-TYPED-3003\"").contains("value=\"2029-06-30\"");
        assertThat(TenantContext.callAs(tenant.id(), null, () -> certificates.of(dealer))).isEmpty();
    }

    // stored files: a file that is not a PDF or an image is refused beside the document field, whatever its name says
    @Test
    void aDocumentThatIsNotAPdfOrImageIsRefusedBesideTheField() throws Exception {
        ContactId dealer = fixtures.contact(tenant, "Wrong File Dealer", ContactRole.CUSTOMER);

        String html = mvc.perform(multipart("/contacts/" + dealer + "/certificates")
                        .file(new MockMultipartFile("document", "permit.pdf", "application/pdf",
                                "just some text".getBytes(StandardCharsets.US_ASCII)))
                        .param("state", "CA").param("permitNumber", "SR-3004")
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(besideField(html, "aDocument")).contains("is-invalid").contains("not a PDF");
    }

    // R2: recording a verification from the page stamps the signed-in user and returns to the contact page
    @Test
    void recordingAVerificationFromThePageStampsTheUser() throws Exception {
        ContactId dealer = fixtures.contact(tenant, "Verify Page Dealer", ContactRole.CUSTOMER);
        CertificateId id = fixtures.certificate(tenant, dealer, "FL", "85-3005", TODAY.plusYears(1), false);

        mvc.perform(post("/contacts/" + dealer + "/certificates/" + id + "/verify")
                        .param("result", "VALID").param("source", "")
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/contacts/" + dealer + "#certificates"));

        ResaleCertificate verified = TenantContext.callAs(tenant.id(), null, () -> certificates.get(dealer, id));
        assertThat(verified.verification().by()).isEqualTo(tenant.owner().id());
        assertThat(verified.verification().result()).isEqualTo(VerificationResult.VALID);
    }

    // stored files: the document is served with its stored type, inline, a safe name and nosniff
    @Test
    void theDocumentDownloadsInlineWithItsStoredTypeAndNosniff() throws Exception {
        ContactId dealer = fixtures.contact(tenant, "Download Dealer", ContactRole.CUSTOMER);
        CertificateId id = fixtures.certificate(tenant, dealer, "NY", "NY-3006", null, true);

        mvc.perform(get("/contacts/" + dealer + "/certificates/" + id + "/document").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("inline")))
                .andExpect(header().string("Content-Disposition", containsString("permit-NY-3006.pdf")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("script-src"))))
                .andExpect(content().bytes(CertificateFixtures.PDF));
    }

    // design §4/§5b: another tenant's contact, certificate and document are "not found" on the pages
    @Test
    void anotherTenantsCertificateAndDocumentAreNotFound() throws Exception {
        ContactId dealer = fixtures.contact(tenant, "Private Dealer", ContactRole.CUSTOMER);
        CertificateId id = fixtures.certificate(tenant, dealer, "CA", "SR-3007", null, true);
        TestTenants.Tenant other = tenants.open("certificate-pages-other");
        ContactId othersOwn = fixtures.contact(other, "Other Dealer", ContactRole.CUSTOMER);

        mvc.perform(get("/contacts/" + dealer + "/certificates").with(other.owner().signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/contacts/" + dealer + "/certificates/" + id + "/document").with(other.owner().signedIn()))
                .andExpect(status().isNotFound());
        // the certificate's id under the other tenant's own contact is not found either
        mvc.perform(get("/contacts/" + othersOwn + "/certificates/" + id + "/document").with(other.owner().signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/contacts/" + othersOwn + "/certificates/" + id + "/verify").param("result", "VALID")
                        .with(other.owner().signedIn()).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED))
                .andExpect(status().isNotFound());
    }

    /** The markup from a field's input to the end of its error text. */
    private static String besideField(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("field " + id).isPositive();
        int inputStart = html.lastIndexOf("<input", start);
        int end = html.indexOf("</div>", start);
        return html.substring(inputStart, end);
    }
}
