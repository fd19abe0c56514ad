package com.jeweltrak.services.web;

import java.util.Base64;

import com.jeweltrak.services.IntakeFixtures;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrderStatus;
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

/** The signing pad, the Signatures card and /api/v1/work-orders/{id}/signatures (03-services §5; design §5, §5b). */
@IntegrationTest
class WorkOrderSignaturePagesTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;

    @Autowired MockMvc mvc;
    @Autowired IntakeFixtures fixtures;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants) {
        tenant = tenants.open("work-order-signature-pages");
        other = tenants.open("work-order-signature-pages-other");
    }

    private static String dataUrl(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    // 03-services §5 UI, R1: the pad shows the wording to acknowledge and offers the customer's name
    @Test
    void theIntakePadShowsTheLiabilityWordingAndTheCustomersName() throws Exception {
        WorkOrderId job = fixtures.repair(tenant, "Pad ring");
        String html = mvc.perform(get("/services/work-orders/" + job + "/signatures/new?kind=intake").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("liability terms").contains("value=\"Rosa Intake\"").contains("signature_pad")
                .contains("/js/signature-pad.js");
    }

    // 03-services §5 R4, design §5: an empty drawing is refused beside the pad; the name typed is kept
    @Test
    void anEmptyPadIsRefusedBesideThePadWithTheNameKept() throws Exception {
        WorkOrderId job = fixtures.repair(tenant, "Empty pad ring");
        String html = mvc.perform(post("/services/work-orders/" + job + "/signatures").with(tenant.owner().signedIn()).with(csrf())
                        .param("kind", "intake").param("signerName", "Typed Name").param("image", ""))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"imageError\"").contains("Nothing was signed").contains("value=\"Typed Name\"");
    }

    // 03-services §5 R5: a saved signature shows on the job page's card, with its image served through the job
    @Test
    void aSavedSignatureShowsOnTheJobsSignaturesCard() throws Exception {
        WorkOrderId job = fixtures.repair(tenant, "Card ring");
        mvc.perform(post("/services/work-orders/" + job + "/signatures").with(tenant.owner().signedIn()).with(csrf())
                        .param("kind", "intake").param("signerName", "Rosa Intake")
                        .param("image", dataUrl(IntakeFixtures.signature())))
                .andExpect(redirectedUrl("/services/work-orders/" + job + "#signatures"));
        String card = mvc.perform(get("/services/work-orders/" + job + "/signatures").header("HX-Request", "true")
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(card).contains("Intake signature").contains("Rosa Intake").contains("liability terms")
                .contains("src=\"data:image/png;base64,");
    }

    // 03-services §5 R3: the card offers the pickup signature only once the job is ready for pickup
    @Test
    void thePickupSignatureIsOfferedOnceTheJobIsReadyForPickup() throws Exception {
        WorkOrderId job = fixtures.repair(tenant, "Offer ring");
        String before = card(job);
        assertThat(before).contains("id=\"capture-intake\"").doesNotContain("id=\"capture-pickup\"");
        fixtures.move(tenant, job, WorkOrderStatus.IP, WorkOrderStatus.RP);
        assertThat(card(job)).contains("id=\"capture-pickup\"");
    }

    private String card(WorkOrderId job) throws Exception {
        return mvc.perform(get("/services/work-orders/" + job + "/signatures").header("HX-Request", "true")
                .with(tenant.owner().signedIn())).andReturn().getResponse().getContentAsString();
    }

    // 03-services §5 R1: a store writes its own intake wording, which the pad then shows
    @Test
    void aStoresOwnIntakeWordingIsShownOnThePad() throws Exception {
        mvc.perform(post("/services/signature-wording").with(tenant.owner().signedIn()).with(csrf())
                        .param("storeId", tenant.store().toString()).param("kind", "intake")
                        .param("text", "We are not liable for stones loosened by wear."))
                .andExpect(redirectedUrl("/services/signature-wording"));
        try {
            WorkOrderId job = fixtures.repair(tenant, "Wording ring");
            String html = mvc.perform(get("/services/work-orders/" + job + "/signatures/new?kind=intake").with(tenant.owner().signedIn()))
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).contains("We are not liable for stones loosened by wear.").doesNotContain("liability terms");
        } finally {
            mvc.perform(post("/services/signature-wording").with(tenant.owner().signedIn()).with(csrf())
                    .param("storeId", tenant.store().toString()).param("kind", "intake").param("text", ""));
        }
    }

    // design §5: too long a wording is refused beside it with the text kept; another tenant's store is not found
    @Test
    void aRefusedWordingKeepsTheTextAndAnotherTenantsStoreIsNotFound() throws Exception {
        String typed = "x".repeat(4001);
        String html = mvc.perform(post("/services/signature-wording").with(tenant.owner().signedIn()).with(csrf())
                        .param("storeId", tenant.store().toString()).param("kind", "pickup").param("text", typed))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("under 4,000 characters").contains(typed);
        mvc.perform(post("/services/signature-wording").with(tenant.owner().signedIn()).with(csrf())
                        .param("storeId", other.store().toString()).param("kind", "pickup").param("text", "Mine"))
                .andExpect(status().isNotFound());
    }

    // design §5b: POST a base64 PNG, then GET the list with signer, wording and the image
    @Test
    void theApiSignsAJobAndListsItsSignatures() throws Exception {
        WorkOrderId job = fixtures.repair(tenant, "Api ring");
        mvc.perform(post("/api/v1/work-orders/" + job + "/signatures").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"intake\", \"signerName\": \"Api Signer\", \"image\": \""
                                + Base64.getEncoder().encodeToString(IntakeFixtures.signature()) + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("intake"));
        mvc.perform(get("/api/v1/work-orders/" + job + "/signatures").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].signerName").value("Api Signer"))
                .andExpect(jsonPath("$[0].wording").value(org.hamcrest.Matchers.containsString("liability")))
                .andExpect(jsonPath("$[0].image").isNotEmpty());
    }

    // 03-services §5 R4, design §5b: an empty drawing is a 422 Problem Details naming the image
    @Test
    void theApiRefusesAnEmptyDrawing() throws Exception {
        WorkOrderId job = fixtures.repair(tenant, "Api empty ring");
        mvc.perform(post("/api/v1/work-orders/" + job + "/signatures").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"intake\", \"signerName\": \"Api Signer\", \"image\": \""
                                + Base64.getEncoder().encodeToString(IntakeFixtures.emptyPad()) + "\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors.image").exists());
    }

    // design §4: another tenant's job cannot be signed, nor its card read
    @Test
    void anotherTenantsSignatureIsNotFound() throws Exception {
        WorkOrderId job = fixtures.repair(tenant, "Private ring");
        mvc.perform(post("/services/work-orders/" + job + "/signatures").with(other.owner().signedIn()).with(csrf())
                        .param("kind", "intake").param("signerName", "Mallory").param("image", dataUrl(IntakeFixtures.signature())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/services/work-orders/" + job + "/signatures").header("HX-Request", "true")
                        .with(other.owner().signedIn()))
                .andExpect(status().isNotFound());
    }
}
