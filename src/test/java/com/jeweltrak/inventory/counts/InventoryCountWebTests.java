package com.jeweltrak.inventory.counts;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The count pages and /api/v1/inventory-counts (04-inventory §Inventory Count Overview). */
@IntegrationTest
class InventoryCountWebTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;

    @Autowired MockMvc mvc;
    @Autowired TestTenants tenants;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants) {
        tenant = tenants.open("count-web");
        other = tenants.open("count-web-other");
    }

    private String ring(TestTenants.Tenant t, StoreId store, ReceivingAnItem receiving, Items items,
                        TransactionTemplate transactions) {
        Item ring = new Item(null, 0, store, "Ring", null, "Web band", null, true, LocalDate.of(2026, 11, 1),
                new BigDecimal("100.00"), null, null, JewelryDetails.NONE);
        return TenantContext.callAs(t.id(), t.owner().id(), () -> transactions.execute(s ->
                items.get(receiving.receive(ring, NewStock.one())).stockId()));
    }

    private long startOverApi(TestTenants.Tenant t, StoreId store) throws Exception {
        String body = mvc.perform(post("/api/v1/inventory-counts").with(t.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"storeId\": %d, \"family\": \"jewelry\"}".formatted(store.value())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.count.id")).longValue();
    }

    // isolation: another tenant's count is a 404 on the page and over the API, and takes no scan
    @Test
    void anotherTenantsCountIsNotFound() throws Exception {
        long theirs = startOverApi(other, other.store());
        mvc.perform(get("/inventory/counts/" + theirs).with(tenant.owner().signedIn())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/inventory-counts/" + theirs).with(tenant.owner().signedIn())).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/inventory-counts/" + theirs + "/scans").with(tenant.owner().signedIn())
                .contentType(MediaType.APPLICATION_JSON).content("{\"stockId\": \"1\"}")).andExpect(status().isNotFound());
    }

    // R3: the scan box posts with htmx and gets the lists back, the scanned item under Found and the progress moved
    @Test
    void aScanFromTheBoxAnswersWithTheUpdatedLists(@Autowired ReceivingAnItem receiving, @Autowired Items items,
                                                   @Autowired TransactionTemplate transactions) throws Exception {
        StoreId store = tenants.addStore(tenant, "Scan store " + System.nanoTime());
        String a = ring(tenant, store, receiving, items, transactions);
        ring(tenant, store, receiving, items, transactions);
        long count = startOverApi(tenant, store);
        mvc.perform(post("/inventory/counts/" + count + "/scans").with(tenant.owner().signedIn()).with(csrf())
                        .header("HX-Request", "true").param("stockId", a))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"found-" + a + "\"")))
                .andExpect(content().string(containsString("1 of 2 found")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    // R4: a finished count refuses scans over the API with a 422 naming the field
    @Test
    void aFinishedCountRefusesScansOverTheApi() throws Exception {
        StoreId store = tenants.addStore(tenant, "Api store " + System.nanoTime());
        long count = startOverApi(tenant, store);
        mvc.perform(post("/inventory/counts/" + count + "/finish").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/inventory/counts/*"));
        mvc.perform(get("/api/v1/inventory-counts/" + count).with(tenant.owner().signedIn()))
                .andExpect(jsonPath("$.count.status").value("FINISHED"));
        mvc.perform(post("/api/v1/inventory-counts/" + count + "/scans").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"stockId\": \"1\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.stockId").value(containsString("finished")));
    }

    // R1: the list and the start form show; starting without a store puts the message beside the field
    @Test
    void startingWithoutAStoreSaysSoBesideTheField() throws Exception {
        mvc.perform(get("/inventory/counts").with(tenant.owner().signedIn())).andExpect(status().isOk());
        mvc.perform(get("/inventory/counts/new").with(tenant.owner().signedIn())).andExpect(status().isOk());
        mvc.perform(post("/inventory/counts").with(tenant.owner().signedIn()).with(csrf())
                        .param("storeId", "").param("family", "jewelry"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the store to count.")));
    }

    // R1: the list shows each count with its store, family, status and progress, newest first, also over the API
    @Test
    void theListShowsEachCountWithItsProgress() throws Exception {
        String storeName = "Listed store " + System.nanoTime();
        StoreId store = tenants.addStore(tenant, storeName);
        long count = startOverApi(tenant, store);
        mvc.perform(get("/inventory/counts").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/inventory/counts/" + count + "\"")))
                .andExpect(content().string(containsString(storeName)))
                .andExpect(content().string(containsString("0 of 0")));
        mvc.perform(get("/api/v1/inventory-counts").with(tenant.owner().signedIn()))
                .andExpect(jsonPath("$.content[0].id").value(count))
                .andExpect(jsonPath("$.content[0].status").value("OPEN"));
    }

    // brief: finishing needs the family's Edit permission — counter staff (Inventory.View, no Edit) scan but cannot finish
    @Test
    void counterStaffCanScanButNotFinish() throws Exception {
        StoreId store = tenants.addStore(tenant, "Staff store " + System.nanoTime());
        long count = startOverApi(tenant, store);
        TestTenants.Person clerk = tenants.addPerson(tenant, "Clerk",
                java.util.Set.of(tenant.group(com.jeweltrak.platform.users.BuiltInGroups.SALES)), java.util.Set.of(store));
        mvc.perform(post("/api/v1/inventory-counts/" + count + "/scans").with(clerk.signedIn())
                .contentType(MediaType.APPLICATION_JSON).content("{\"stockId\": \"424242\"}")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/inventory-counts/" + count + "/finish").with(clerk.signedIn()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/inventory-counts/" + count).with(clerk.signedIn()))
                .andExpect(jsonPath("$.count.status").value("OPEN"));
    }

    // decision 7: store access on every request — a count of a store the person does not work in is a 404 and stays off
    // their list, and they cannot start one there
    @Test
    void aCountOfAStoreThePersonDoesNotWorkInIsNotFound() throws Exception {
        StoreId store = tenants.addStore(tenant, "Far store " + System.nanoTime());
        long count = startOverApi(tenant, store);
        TestTenants.Person clerk = tenants.addPerson(tenant, "Faraway",
                java.util.Set.of(tenant.group(com.jeweltrak.platform.users.BuiltInGroups.SALES)), java.util.Set.of(tenant.store()));
        mvc.perform(get("/inventory/counts/" + count).with(clerk.signedIn())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/inventory-counts/" + count).with(clerk.signedIn())).andExpect(status().isNotFound());
        mvc.perform(get("/inventory/counts").with(clerk.signedIn()))
                .andExpect(content().string(not(containsString("/inventory/counts/" + count + "\""))));
        mvc.perform(post("/api/v1/inventory-counts").with(clerk.signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"storeId\": %d, \"family\": \"jewelry\"}".formatted(store.value())))
                .andExpect(status().isUnprocessableContent());
    }
}
