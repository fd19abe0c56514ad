package com.jeweltrak.services.stones.web;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.sales.memos.MemoFixtures;
import com.jeweltrak.services.stones.StoneServiceFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** /api/v1/stone-services (03-services §11; design §5b). */
@IntegrationTest
class StoneServicesApiTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;
    static ContactId vendor;

    @Autowired MockMvc mvc;
    @Autowired StoneServiceFixtures fixtures;
    @Autowired MemoFixtures memos;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants, @Autowired StoneServiceFixtures fixtures) {
        tenant = tenants.open("stone-services-api");
        other = tenants.open("stone-services-api-other");
        vendor = fixtures.vendor(tenant, "Cutter");
    }

    private long send(ItemId stone) throws Exception {
        String body = mvc.perform(post("/api/v1/stone-services").with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"itemId\": " + stone.value() + ", \"vendorId\": " + vendor.value()
                                + ", \"service\": \"recut\", \"expectedCost\": \"150\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.outForService").value(true))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.workOrderId")).longValue();
    }

    // 03-services §11 R4, R6: sent out, read, returned with a new weight
    @Test
    void aStoneIsSentOutAndReturned() throws Exception {
        ItemId stone = fixtures.diamond(tenant, "1000", "1.10");
        long job = send(stone);
        mvc.perform(get("/api/v1/stone-services/" + job).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.service").value("recut"))
                .andExpect(jsonPath("$.returned").value(false));
        mvc.perform(post("/api/v1/stone-services/" + job + "/return").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"newCaratWeight\": \"1.02\", \"actualCost\": \"200\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.returned").value(true))
                .andExpect(jsonPath("$.newCaratWeight").value("1.02")).andExpect(jsonPath("$.outForService").value(false));
        assertThat(fixtures.item(tenant, stone).cost()).isEqualByComparingTo("1200");
    }

    // 03-services §11 R3: 422 for a stone on memo
    @Test
    void aStoneOnMemoIs422() throws Exception {
        ItemId stone = fixtures.diamond(tenant, "900", "0.50");
        memos.add(tenant, memos.issue(tenant), fixtures.item(tenant, stone).stockId());
        mvc.perform(post("/api/v1/stone-services").with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"itemId\": " + stone.value() + ", \"vendorId\": " + vendor.value() + ", \"service\": \"recut\"}"))
                .andExpect(status().isUnprocessableContent());
    }

    // design §3: another tenant's stone job is 404
    @Test
    void anotherTenantsStoneJobIsNotFound() throws Exception {
        long job = send(fixtures.diamond(tenant, "900", "0.50"));
        mvc.perform(get("/api/v1/stone-services/" + job).with(other.owner().signedIn())).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/stone-services/" + job + "/return").with(other.owner().signedIn())
                .contentType(MediaType.APPLICATION_JSON).content("{\"actualCost\": \"1\"}")).andExpect(status().isNotFound());
    }
}
