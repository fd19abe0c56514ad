package com.jeweltrak.sales.memos.web;

import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.sales.memos.MemoFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The memos API (design §5b; 02-sales §Memos, §Reversing case 2). */
@IntegrationTest
class MemosApiTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;
    static TestTenants.Person clerk;

    @Autowired MockMvc mvc;
    @Autowired TestTenants tenants;
    @Autowired MemoFixtures fixtures;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("memos-api");
        other = tenants.open("memos-api-other");
        clerk = tenants.addPerson(tenant, "Clerk", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
    }

    private long create(TestTenants.Person who) throws Exception {
        String body = mvc.perform(post("/api/v1/memos").with(who.signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"storeId\": " + tenant.store() + ", \"customerId\": " + fixtures.sales.customer(tenant)
                                + ", \"expectedReturnDate\": \"2027-02-01\", \"terms\": \"Net 14\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private String addItem(long memo, String stockId) throws Exception {
        return mvc.perform(post("/api/v1/memos/" + memo + "/lines").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"stockId\": \"" + stockId + "\"}"))
                .andReturn().getResponse().getContentAsString();
    }

    // design §5b, §Memos R1–R4: a memo is created Empty, an item line makes it Open, counts and money as strings
    @Test
    void aMemoIsCreatedAndItsItemLineMakesItOpen() throws Exception {
        String ring = fixtures.ring(tenant);
        long id = create(tenant.owner());
        mvc.perform(get("/api/v1/memos/" + id).with(tenant.owner().signedIn())).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("EMPTY")).andExpect(jsonPath("$.memoNumber").isString())
                .andExpect(jsonPath("$.terms").value("Net 14")).andExpect(jsonPath("$.expectedReturnDate").value("2027-02-01"));
        addItem(id, ring);
        mvc.perform(get("/api/v1/memos/" + id).with(tenant.owner().signedIn()))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.lines[0].stockId").value(ring))
                .andExpect(jsonPath("$.lines[0].unitPrice").value("1200.00"))
                .andExpect(jsonPath("$.lines[0].out").value("1"))
                .andExpect(jsonPath("$.lines[0].status").value("ON_MEMO"))
                .andExpect(jsonPath("$.counts.text").value("1 out · 0 returned · 0 invoiced"));
        assertThat(fixtures.onMemo(tenant, ring)).isEqualByComparingTo("1");
    }

    // §Memos R2, decision 11: an item already out is refused with 422 naming it
    @Test
    void anItemAlreadyOutIsRefusedWithProblemDetails() throws Exception {
        String ring = fixtures.ring(tenant);
        long first = create(tenant.owner());
        addItem(first, ring);
        long second = create(tenant.owner());
        mvc.perform(post("/api/v1/memos/" + second + "/lines").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"stockId\": \"" + ring + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors.stockId").value(org.hamcrest.Matchers.containsString("StockID " + ring + " has 0 in stock")));
    }

    // §Memos R6, R7, §Reversing R3–R5: a return receipt over the API, capped at Out, then unwound
    @Test
    void aReturnIsSavedCappedAndUnwound() throws Exception {
        String ring = fixtures.ring(tenant);
        long memo = create(tenant.owner());
        addItem(memo, ring);
        long line = ((Number) JsonPath.read(mvc.perform(get("/api/v1/memos/" + memo).with(tenant.owner().signedIn()))
                .andReturn().getResponse().getContentAsString(), "$.lines[0].id")).longValue();
        mvc.perform(post("/api/v1/memos/" + memo + "/returns").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lines\": [{\"memoLineId\": " + line + ", \"quantity\": \"2\"}]}"))
                .andExpect(status().isUnprocessableEntity());
        String receipt = mvc.perform(post("/api/v1/memos/" + memo + "/returns").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lines\": [{\"memoLineId\": " + line + ", \"quantity\": \"1\"}]}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.lines[0].quantity").value("1"))
                .andReturn().getResponse().getContentAsString();
        long receiptId = ((Number) JsonPath.read(receipt, "$.id")).longValue();
        long receiptLine = ((Number) JsonPath.read(receipt, "$.lines[0].id")).longValue();
        mvc.perform(get("/api/v1/memos/" + memo).with(tenant.owner().signedIn())).andExpect(jsonPath("$.status").value("RETURNED"));
        mvc.perform(get("/api/v1/memo-returns/" + receiptId).with(tenant.owner().signedIn())).andExpect(status().isOk())
                .andExpect(jsonPath("$.memoId").value(memo));
        mvc.perform(delete("/api/v1/memo-returns/" + receiptId + "/lines/" + receiptLine).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.lines").isEmpty());
        mvc.perform(get("/api/v1/memos/" + memo).with(tenant.owner().signedIn())).andExpect(jsonPath("$.status").value("OPEN"));
        mvc.perform(delete("/api/v1/memo-returns/" + receiptId).with(tenant.owner().signedIn())).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/memo-returns/" + receiptId).with(tenant.owner().signedIn())).andExpect(status().isNotFound());
    }

    // CanVoidMemos: the Sales group is refused 403; the owner voids and the stock comes back; a second void is 409
    @Test
    void voidingNeedsCanVoidMemosAndIsFinal() throws Exception {
        String ring = fixtures.ring(tenant);
        long memo = create(clerk);
        addItem(memo, ring);
        mvc.perform(post("/api/v1/memos/" + memo + "/void").with(clerk.signedIn())).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/memos/" + memo + "/void").with(tenant.owner().signedIn())).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VOIDED"));
        assertThat(fixtures.inStock(tenant, ring)).isEqualByComparingTo("1");
        mvc.perform(post("/api/v1/memos/" + memo + "/void").with(tenant.owner().signedIn())).andExpect(status().isConflict());
    }

    // a line comes off over the API and its stock comes back
    @Test
    void aLineIsRemovedOverTheApi() throws Exception {
        String ring = fixtures.ring(tenant);
        long memo = create(tenant.owner());
        String body = addItem(memo, ring);
        long line = ((Number) JsonPath.read(body, "$.lines[0].id")).longValue();
        mvc.perform(delete("/api/v1/memos/" + memo + "/lines/" + line).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("EMPTY"));
        assertThat(fixtures.inStock(tenant, ring)).isEqualByComparingTo("1");
    }

    // design §5b: the list is paged
    @Test
    void theListIsPaged() throws Exception {
        create(tenant.owner());
        mvc.perform(get("/api/v1/memos").param("size", "1").with(tenant.owner().signedIn())).andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(1)).andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.totalElements").isNumber());
    }

    // another tenant's memo is 404
    @Test
    void anotherTenantsMemoIsNotFound() throws Exception {
        long memo = create(tenant.owner());
        mvc.perform(get("/api/v1/memos/" + memo).with(other.owner().signedIn())).andExpect(status().isNotFound());
    }

    // 10-settings store access: a memo of a store the caller may not access is "not found", page and API alike
    @Test
    void aMemoOfAStoreTheCallerMayNotAccessIsNotFound() throws Exception {
        long memo = create(tenant.owner());
        var elsewhere = tenants.addStore(tenant, "Memo-less store");
        TestTenants.Person away = tenants.addPerson(tenant, "Away", Set.of(tenant.group(BuiltInGroups.SALES)),
                Set.of(elsewhere));
        mvc.perform(get("/api/v1/memos/" + memo).with(away.signedIn())).andExpect(status().isNotFound());
        mvc.perform(get("/sales/memos/" + memo).with(away.signedIn())).andExpect(status().isNotFound());
    }
}
