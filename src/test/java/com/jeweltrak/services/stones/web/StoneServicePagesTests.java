package com.jeweltrak.services.stones.web;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.OutForService;
import com.jeweltrak.sales.memos.MemoFixtures;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrders;
import com.jeweltrak.services.stones.StoneServiceFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Send Out for Service and Stone returned on pages (03-services §11; design §5). */
@IntegrationTest
class StoneServicePagesTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;
    static ContactId vendor;

    @Autowired MockMvc mvc;
    @Autowired StoneServiceFixtures fixtures;
    @Autowired MemoFixtures memos;
    @Autowired OutForService outForService;
    @Autowired WorkOrders workOrders;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants, @Autowired StoneServiceFixtures fixtures) {
        tenant = tenants.open("stone-service-pages");
        other = tenants.open("stone-service-pages-other");
        vendor = fixtures.vendor(tenant, "Polisher");
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(tenant.owner().signedIn())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    // 03-services §11 R1: the loose stone's page offers the Service tab, whose body is the send-out form
    @Test
    void aLooseStonesPageOffersSendOutForService() throws Exception {
        ItemId stone = fixtures.diamond(tenant, "900", "0.50");
        assertThat(page("/inventory/items/" + stone.value())).contains("/stone-services/items/" + stone.value());
        String tab = mvc.perform(get("/stone-services/items/" + stone.value()).header("HX-Request", "true")
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tab).contains("id=\"sendOutForm\"").contains("Re-certify").contains("picker-vendor");
    }

    // 03-services §11 R1: jewelry has no stone service tab
    @Test
    void aPieceOfJewelryHasNoServiceTab() throws Exception {
        ItemId ring = fixtures.ring(tenant);
        assertThat(page("/inventory/items/" + ring.value())).doesNotContain("/stone-services/items/");
    }

    // 03-services §11 R4: submitting opens the new work order and flags the stone
    @Test
    void sendingOutOpensTheNewWorkOrder() throws Exception {
        ItemId stone = fixtures.diamond(tenant, "900", "0.50");
        mvc.perform(post("/stone-services/items/" + stone.value()).with(tenant.owner().signedIn()).with(csrf())
                        .param("newVendorId", Long.toString(vendor.value())).param("service", "recertify")
                        .param("sentDate", "2026-11-20").param("trackingNumber", "1Z1"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/services/work-orders/*"));
        assertThat(fixtures.as(tenant, () -> outForService.isOut(stone))).isTrue();
    }

    // 03-services §11 R2, design §5: no vendor is refused beside the field, what was typed kept
    @Test
    void aSendOutWithoutAVendorIsRefusedBesideTheField() throws Exception {
        ItemId stone = fixtures.diamond(tenant, "900", "0.50");
        String html = mvc.perform(post("/stone-services/items/" + stone.value()).with(tenant.owner().signedIn()).with(csrf())
                        .param("service", "recut").param("notes", "Mind the feather"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Choose the vendor the stone goes to.").contains("Mind the feather");
    }

    // 03-services §11 R3: a stone on memo is refused: recall the memo first
    @Test
    void aStoneOnMemoIsRefusedOnThePage() throws Exception {
        ItemId stone = fixtures.diamond(tenant, "900", "0.50");
        memos.add(tenant, memos.issue(tenant), fixtures.item(tenant, stone).stockId());
        String html = mvc.perform(post("/stone-services/items/" + stone.value()).with(tenant.owner().signedIn()).with(csrf())
                        .param("newVendorId", Long.toString(vendor.value())).param("service", "recut"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("recall the memo first");
    }

    // 03-services §11 R5: shown as out for service on its page
    @Test
    void aStoneOutForServiceIsMarkedOnItsPage() throws Exception {
        ItemId stone = fixtures.diamond(tenant, "900", "0.50");
        fixtures.sendOut(tenant, stone, vendor);
        assertThat(page("/inventory/items/" + stone.value())).contains("Out for service");
        assertThat(page("/stone-services/items/" + stone.value())).contains("id=\"outForService\"").doesNotContain("id=\"sendOutForm\"");
    }

    // 03-services §11 R6: Stone returned on the job's stone card
    @Test
    void theStoneIsReturnedFromTheJobsCard() throws Exception {
        ItemId stone = fixtures.diamond(tenant, "900", "0.50");
        WorkOrderId job = fixtures.sendOut(tenant, stone, vendor);
        assertThat(page("/services/work-orders/" + job.value())).contains("/stone-services/work-orders/" + job.value());
        assertThat(page("/stone-services/work-orders/" + job.value())).contains("id=\"stoneReturnForm\"");
        mvc.perform(post("/stone-services/work-orders/" + job.value() + "/return").with(tenant.owner().signedIn()).with(csrf())
                        .param("newCaratWeight", "0.48").param("actualCost", "75"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/services/work-orders/" + job.value()));
        assertThat(fixtures.item(tenant, stone).quantities().carats()).isEqualByComparingTo("0.48");
        assertThat(fixtures.item(tenant, stone).cost()).isEqualByComparingTo("975");
    }

    // 03-services §11 R6, design §5: a return without its cost is refused beside it, the weight typed kept
    @Test
    void aReturnWithoutItsCostIsRefusedBesideIt() throws Exception {
        WorkOrderId job = fixtures.sendOut(tenant, fixtures.diamond(tenant, "900", "0.50"), vendor);
        String html = mvc.perform(post("/stone-services/work-orders/" + job.value() + "/return").with(tenant.owner().signedIn())
                        .with(csrf()).param("newCaratWeight", "0.47"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"actualCostError\"").contains("0.47");
    }

    // 03-services §11 R6: editing the stage to Returned with its cost brings the stone back too
    @Test
    void theStageSetToReturnedBringsTheStoneBack() throws Exception {
        ItemId stone = fixtures.diamond(tenant, "900", "0.50");
        WorkOrderId job = fixtures.sendOut(tenant, stone, vendor);
        long stage = fixtures.as(tenant, () -> workOrders.get(job)).stages().getFirst().id();
        mvc.perform(post("/services/work-orders/" + job.value() + "/stages/" + stage).with(tenant.owner().signedIn()).with(csrf())
                        .param("name", "Repolish").param("vendorId", Long.toString(vendor.value()))
                        .param("stageStatus", "returned").param("actualCost", "40"))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.as(tenant, () -> outForService.isOut(stone))).isFalse();
        assertThat(fixtures.item(tenant, stone).cost()).isEqualByComparingTo("940");
    }

    // 03-services §11 R7: the old address lists the stone jobs
    @Test
    void theOldAddressRedirectsToTheStoneJobs() throws Exception {
        mvc.perform(get("/stone-services").with(tenant.owner().signedIn()))
                .andExpect(redirectedUrl("/services/work-orders?stockType=S"));
    }

    // design §3: another tenant's stone or job is not found
    @Test
    void anotherTenantsStoneIsNotFound() throws Exception {
        ItemId stone = fixtures.diamond(tenant, "900", "0.50");
        mvc.perform(get("/stone-services/items/" + stone.value()).with(other.owner().signedIn())).andExpect(status().isNotFound());
        mvc.perform(post("/stone-services/items/" + stone.value()).with(other.owner().signedIn()).with(csrf())
                .param("service", "recut")).andExpect(status().isNotFound());
    }
}
