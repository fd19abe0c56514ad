package com.jeweltrak.benchmark;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import com.jeweltrak.platform.tenancy.TenantContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * issue 12 §1: a generated tenant, written in bulk with its triggers suspended, reads back through the application
 * exactly like one built a document at a time: the books reconcile, quantities are their movements, search finds its
 * records, and numbering carries on after the generated documents. (The small shape; the large one is the
 * benchmark's, minutes long.)
 */
@IntegrationTest
class GeneratedTenantTests {

    static GeneratingATenant.Generated generated;
    static String token;

    @Autowired MockMvc mvc;

    @BeforeAll
    static void generate(@Autowired GeneratingATenant generating, @Autowired MockMvc mvc) throws Exception {
        String domain = "gen-" + UUID.randomUUID().toString().substring(0, 8) + ".test";
        generated = generating.generate("Generated Jewelers", domain, TenantShape.SMALL, 7);
        MvcResult issued = mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\": \"" + generated.ownerEmail() + "\", \"password\": \"" + GeneratingATenant.PASSWORD
                        + "\", \"name\": \"generated\"}")).andReturn();
        assertThat(issued.getResponse().getStatus()).isEqualTo(201);
        token = JsonPath.read(issued.getResponse().getContentAsString(), "$.token");
    }

    // issue 12 §1: the chosen size
    @Test
    void theTenantHasTheShapesCounts() {
        Map<String, Long> counts = generated.counts();
        assertThat(counts.get("item")).isEqualTo(500);
        assertThat(counts.get("contact")).isEqualTo(300);
        assertThat(counts.get("memo")).isEqualTo(100);
        assertThat(counts.get("open invoices")).isEqualTo(150);
        assertThat(counts.get("invoice_line")).isBetween(2_250L, 2_750L);
    }

    // issue 12 §1 + design §4: AR control = sub-ledger = documents, liabilities, trial balance
    @Test
    void everyReconciliationCheckAgrees() throws Exception {
        String body = call("/api/v1/reconciliation");
        List<Boolean> agrees = JsonPath.read(body, "$[*].agrees");
        assertThat(agrees).as(body).isNotEmpty().containsOnly(true);
        List<String> books = JsonPath.read(body, "$[?(@.name =~ /AR control = .*sub-ledger.*/)].books");
        assertThat(new BigDecimal(books.getFirst())).as("open invoices make AR").isPositive();
    }

    // issue 12 §1 + 02-inventory: quantities = Σ stock movements
    @Test
    void everyItemsQuantitiesAreItsMovements() throws Exception {
        assertThat((Integer) JsonPath.read(call("/api/v1/quantity-reconciliation"), "$.totalElements")).isZero();
    }

    // issue 12 §1: the generated records are in the global search
    @Test
    void globalSearchFindsTheGeneratedRecords() throws Exception {
        String body = call("/api/v1/search?q=100001");
        assertThat((List<String>) JsonPath.read(body, "$.content[*].identifier")).contains("100001");
        assertThat((Integer) JsonPath.read(call("/api/v1/search?q=smith"), "$.totalElements")).isPositive();
    }

    // issue 12 §1: numbering carries on after the generated documents
    @Test
    void aNewInvoiceTakesTheNumberAfterTheGeneratedOnes(@Autowired JdbcClient jdbc, @Autowired TransactionTemplate transactions)
            throws Exception {
        MvcResult opened = mvc.perform(post("/api/v1/invoices").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn();
        assertThat(opened.getResponse().getStatus()).as(opened.getResponse().getContentAsString()).isEqualTo(201);
        String body = opened.getResponse().getContentAsString();
        long store = ((Number) JsonPath.read(body, "$.storeId")).longValue();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        long generatedMax = TenantContext.callAs(generated.tenant(), generated.owner(), () -> transactions.execute(status ->
                jdbc.sql("select max(number) from invoice where store_id = ? and id <> ?").params(store, id)
                        .query(Long.class).single()));
        assertThat(Long.parseLong(JsonPath.read(body, "$.invoiceNumber"))).isEqualTo(generatedMax + 1);
    }

    private String call(String uri) throws Exception {
        MvcResult result = mvc.perform(get(uri).header("Authorization", "Bearer " + token)).andReturn();
        assertThat(result.getResponse().getStatus()).as(uri + " " + result.getResponse().getContentAsString()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }
}
