package com.jeweltrak.contacts.certificates.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.certificates.CertificateFixtures;
import com.jeweltrak.contacts.certificates.CertificateId;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** /api/v1/contacts/{contactId}/certificates and /tax-exemption (07-contacts §Resale Certificates; design §5b). */
@IntegrationTest
class CertificatesApiTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/New_York"));

    @Autowired MockMvc mvc;
    @Autowired CertificateFixtures fixtures;
    @Autowired TestTenants tenants;

    static TestTenants.Tenant tenant;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("certificates-api");
    }

    // R1, R2, R4: a certificate added over the API exempts nothing until verified VALID, then exempts the state's sales
    @Test
    void aCertificateExemptsSalesOnlyOnceVerifiedValid() throws Exception {
        ContactId dealer = fixtures.contact(tenant, "Api Dealer", ContactRole.CUSTOMER);
        String created = mvc.perform(post("/api/v1/contacts/" + dealer + "/certificates").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"state\": \"ca\", \"permitNumber\": \"SR-4001\", \"expiresOn\": \"2030-12-31\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("CA"))
                .andExpect(jsonPath("$.status").value("UNVERIFIED"))
                .andExpect(jsonPath("$.verificationPortal.url").value("https://www.cdtfa.ca.gov/services/"))
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(created, "$.id");
        String exemption = "/api/v1/contacts/" + dealer + "/tax-exemption";

        mvc.perform(get(exemption).param("state", "CA").param("date", "2027-03-01").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.exempt").value(false));

        mvc.perform(post("/api/v1/contacts/" + dealer + "/certificates/" + id + "/verify").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"result\": \"VALID\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VALID"))
                .andExpect(jsonPath("$.verification.verifiedBy").value(tenant.owner().id().value()));

        mvc.perform(get(exemption).param("state", "CA").param("date", "2027-03-01").with(tenant.owner().signedIn()))
                .andExpect(jsonPath("$.exempt").value(true))
                .andExpect(jsonPath("$.certificates[0].id").value(id))
                .andExpect(jsonPath("$.certificates[0].permitNumber").value("SR-4001"));
        mvc.perform(get(exemption).param("state", "NV").param("date", "2027-03-01").with(tenant.owner().signedIn()))
                .andExpect(jsonPath("$.exempt").value(false));
    }

    // R6: the API says a certificate is expiring soon and in how many days
    @Test
    void anExpiringCertificateSaysSoInTheApi() throws Exception {
        ContactId dealer = fixtures.contact(tenant, "Api Expiring Dealer", ContactRole.CUSTOMER);
        CertificateId id = fixtures.valid(tenant, dealer, "IL", "IL-4002", TODAY.plusDays(14));

        mvc.perform(get("/api/v1/contacts/" + dealer + "/certificates/" + id).with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("EXPIRING_SOON"))
                .andExpect(jsonPath("$.expiryWarning").value("expires in 14 days"))
                .andExpect(jsonPath("$.daysToExpiry").value(14));
    }

    // stored files: a document that is not a PDF or image is refused with 422 and the error on the document field
    @Test
    void aDocumentThatIsNotAPdfOrImageIsRefusedOnTheDocumentField() throws Exception {
        ContactId dealer = fixtures.contact(tenant, "Api Wrong File Dealer", ContactRole.CUSTOMER);
        CertificateId id = fixtures.certificate(tenant, dealer, "TX", "3-4003", null, false);

        mvc.perform(multipart(HttpMethod.PUT, "/api/v1/contacts/" + dealer + "/certificates/" + id + "/document")
                        .file(new MockMultipartFile("document", "permit.png", "image/png",
                                "#!/bin/sh\nrm -rf /".getBytes(StandardCharsets.US_ASCII)))
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.document", containsString("not a PDF")));
    }

    // stored files: a document attached over the API downloads with the type its bytes show
    @Test
    void anAttachedDocumentDownloadsWithItsStoredType() throws Exception {
        ContactId dealer = fixtures.contact(tenant, "Api Scan Dealer", ContactRole.CUSTOMER);
        CertificateId id = fixtures.certificate(tenant, dealer, "GA", "GA-4004", null, false);
        String url = "/api/v1/contacts/" + dealer + "/certificates/" + id + "/document";

        mvc.perform(multipart(HttpMethod.PUT, url)
                        .file(new MockMultipartFile("document", "scan.bin", "application/octet-stream", CertificateFixtures.PDF))
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.document.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.document.url").value(url));
        mvc.perform(get(url).with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    // design §5b: OpenAPI documents the document upload as a multipart body with a file part
    @Test
    void theDocumentUploadIsDocumentedAsMultipart() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/contacts/{contactId}/certificates/{id}/document'].put.requestBody"
                        + ".content['multipart/form-data'].schema").exists());
    }

    // design §4/§5b: another tenant's contact and certificate are 404 over the API too
    @Test
    void anotherTenantsCertificateIsNotFound() throws Exception {
        ContactId dealer = fixtures.contact(tenant, "Api Private Dealer", ContactRole.CUSTOMER);
        CertificateId id = fixtures.valid(tenant, dealer, "CA", "SR-4005", null);
        TestTenants.Tenant other = tenants.open("certificates-api-other");

        mvc.perform(get("/api/v1/contacts/" + dealer + "/certificates/" + id).with(other.owner().signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/contacts/" + dealer + "/tax-exemption").param("state", "CA").with(other.owner().signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/contacts/" + dealer + "/certificates").with(other.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"state\": \"CA\", \"permitNumber\": \"SR-X\"}"))
                .andExpect(status().isNotFound());
    }
}
