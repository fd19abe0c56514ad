package com.jeweltrak.sales.memos.web;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.sales.memos.MemoFixtures;
import com.jeweltrak.sales.memos.MemoId;
import com.jeweltrak.sales.memos.MemoPill;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** POST /api/v1/memos/{id}/invoice (02-sales §Memos R5, R7; design §5b). */
@IntegrationTest
class MemoInvoicingApiTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;

    @Autowired MockMvc mvc;
    @Autowired MemoFixtures fixtures;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants) {
        tenant = tenants.open("memo-invoicing-api");
        other = tenants.open("memo-invoicing-api-other");
    }

    // §Memos R5: 201 with the new invoice, its line naming the memo line; the memo reads Invoiced
    @Test
    void convertingReturnsTheNewInvoiceWithItsMemoSourcedLine() throws Exception {
        String ring = fixtures.ring(tenant);
        MemoId memo = fixtures.issueWith(tenant, ring);
        long line = fixtures.read(tenant, memo).lines().getFirst().id();
        String body = mvc.perform(post("/api/v1/memos/" + memo + "/invoice").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lines\": [{\"memoLineId\": " + line + ", \"quantity\": \"1\"}]}"))
                .andExpect(status().isCreated()).andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/invoices/")))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.lines[0].memoLineId").value(line))
                .andExpect(jsonPath("$.lines[0].stockId").value(ring))
                .andExpect(jsonPath("$.lines[0].unitPrice").value("1200.00"))
                .andReturn().getResponse().getContentAsString();
        long invoice = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(get("/api/v1/invoices/" + invoice).with(tenant.owner().signedIn())).andExpect(status().isOk());
        assertThat(fixtures.read(tenant, memo).pill()).isEqualTo(MemoPill.INVOICED);
    }

    // §Memos R7: more than is out → 422 Problem Details naming the line; nothing invoiced
    @Test
    void invoicingMoreThanIsOutIsA422() throws Exception {
        MemoId memo = fixtures.issueWith(tenant, fixtures.ring(tenant));
        long line = fixtures.read(tenant, memo).lines().getFirst().id();
        mvc.perform(post("/api/v1/memos/" + memo + "/invoice").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lines\": [{\"memoLineId\": " + line + ", \"quantity\": \"2\"}]}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2 cannot be invoiced")));
        assertThat(fixtures.read(tenant, memo).pill()).isEqualTo(MemoPill.OPEN);
    }

    // design §5b: another tenant's memo is a 404
    @Test
    void anotherTenantsMemoIsNotFound() throws Exception {
        MemoId memo = fixtures.issueWith(other, fixtures.ring(other));
        long line = fixtures.read(other, memo).lines().getFirst().id();
        mvc.perform(post("/api/v1/memos/" + memo + "/invoice").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lines\": [{\"memoLineId\": " + line + ", \"quantity\": \"1\"}]}"))
                .andExpect(status().isNotFound());
        assertThat(fixtures.read(other, memo).pill()).isEqualTo(MemoPill.OPEN);
    }
}
