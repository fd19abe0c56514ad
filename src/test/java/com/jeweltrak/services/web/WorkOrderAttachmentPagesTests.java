package com.jeweltrak.services.web;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.services.IntakeFixtures;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Photos & Attachments card and /api/v1/work-orders/{id}/attachments (03-services §7; design §5, §5b). */
@IntegrationTest
class WorkOrderAttachmentPagesTests {

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] STL = "solid ring\nendsolid ring\n".getBytes(StandardCharsets.US_ASCII);

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;

    @Autowired MockMvc mvc;
    @Autowired IntakeFixtures fixtures;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants) {
        tenant = tenants.open("work-order-attachment-pages");
        other = tenants.open("work-order-attachment-pages-other");
    }

    private String card(WorkOrderId job) throws Exception {
        return mvc.perform(get("/services/work-orders/" + job + "/attachments").header("HX-Request", "true")
                .with(tenant.owner().signedIn())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long upload(WorkOrderId job, String kind, String name, byte[] bytes) throws Exception {
        String body = mvc.perform(multipart("/api/v1/work-orders/" + job + "/attachments")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                        .param("kind", kind).param("caption", "Caption of " + name).with(tenant.owner().signedIn()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    // 03-services §7 R1, R6: the gallery shows an image as a thumbnail, a PDF and a CAD file as labelled tiles
    @Test
    void theGalleryShowsThumbnailsAndLabelledTiles() throws Exception {
        WorkOrderId job = fixtures.custom(tenant, "Gallery ring");
        long photo = upload(job, "inspiration", "idea.png", IntakeFixtures.signature());
        upload(job, "vendor_drawing", "drawing.pdf", PDF);
        upload(job, "3d_file", "ring.stl", STL);
        String html = card(job);
        assertThat(html).contains("+ Add Photo").contains("/attachments/" + photo + "/thumbnail")
                .contains(">PDF<").contains("STL").contains("Caption of drawing.pdf").contains("Vendor Drawing");
        mvc.perform(get("/services/work-orders/" + job + "/attachments/" + photo + "/thumbnail").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().contentType("image/jpeg"));
    }

    // 03-services §7 R6: a PDF opens in the browser; a CAD file downloads
    @Test
    void aPdfOpensInTheBrowserAndACadFileDownloads() throws Exception {
        WorkOrderId job = fixtures.custom(tenant, "Download ring");
        long pdf = upload(job, "other", "terms.pdf", PDF);
        long stl = upload(job, "cad", "band.stl", STL);
        mvc.perform(get("/services/work-orders/" + job + "/attachments/" + pdf).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline")));
        mvc.perform(get("/services/work-orders/" + job + "/attachments/" + stl).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().contentType("application/octet-stream"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
    }

    // 03-services §7 R4, design §5: a disallowed type is refused beside the file field; kind and caption are kept
    @Test
    void aDisallowedTypeIsRefusedBesideTheFieldWithTheFormKept() throws Exception {
        WorkOrderId job = fixtures.repair(tenant, "Refused ring");
        String html = mvc.perform(multipart("/services/work-orders/" + job + "/attachments")
                        .file(new MockMultipartFile("file", "virus.exe", "application/x-msdownload", "MZ".getBytes()))
                        .param("kind", "intake").param("caption", "Typed caption")
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"uploadError\"").contains(".exe files cannot be attached")
                .contains("value=\"Typed caption\"").containsPattern("<option value=\"intake\"\\s+selected");
    }

    // 03-services §7 R3, design §5b: a file over 8 MB is a 422 naming the file
    @Test
    void theApiRefusesAFileOverEightMegabytes() throws Exception {
        WorkOrderId job = fixtures.repair(tenant, "Big ring");
        byte[] big = new byte[8 * 1024 * 1024 + 10];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        mvc.perform(multipart("/api/v1/work-orders/" + job + "/attachments")
                        .file(new MockMultipartFile("file", "scan.pdf", "application/pdf", big)).param("kind", "other")
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.file").value(org.hamcrest.Matchers.containsString("at most 8 MB")));
    }

    // 03-services §7 R8: delete from the card and over the API; the gallery no longer lists them
    @Test
    void anAttachmentIsDeletedFromTheCardAndOverTheApi() throws Exception {
        WorkOrderId job = fixtures.repair(tenant, "Delete ring");
        long first = upload(job, "damage", "first.pdf", PDF);
        long second = upload(job, "damage", "second.pdf", PDF);
        assertThat(card(job)).contains("data-confirm-delete=\"Delete first.pdf? This cannot be undone.\"");
        mvc.perform(post("/services/work-orders/" + job + "/attachments/" + first + "/delete").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/services/work-orders/" + job + "#attachments"));
        mvc.perform(delete("/api/v1/work-orders/" + job + "/attachments/" + second).with(tenant.owner().signedIn()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/work-orders/" + job + "/attachments").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }

    // 03-services §7 R7: the caption is edited from the card and over the API
    @Test
    void aCaptionIsEditedFromTheCardAndOverTheApi() throws Exception {
        WorkOrderId job = fixtures.custom(tenant, "Caption ring");
        long pdf = upload(job, "other", "caption.pdf", PDF);
        mvc.perform(post("/services/work-orders/" + job + "/attachments/" + pdf + "/caption").param("caption", "Page caption")
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/services/work-orders/" + job + "#attachments"));
        assertThat(card(job)).contains("Page caption");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/v1/work-orders/" + job + "/attachments/" + pdf)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"caption\": \"Api caption\"}")
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.caption").value("Api caption"));
    }

    // design §4: another tenant's attachment is not found, by page or API
    @Test
    void anotherTenantsAttachmentIsNotFound() throws Exception {
        WorkOrderId job = fixtures.custom(tenant, "Private ring");
        long pdf = upload(job, "other", "private.pdf", PDF);
        mvc.perform(get("/services/work-orders/" + job + "/attachments/" + pdf).with(other.owner().signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/work-orders/" + job + "/attachments/" + pdf + "/content").with(other.owner().signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/work-orders/" + job + "/attachments/" + pdf).with(other.owner().signedIn()))
                .andExpect(status().isNotFound());
    }
}
