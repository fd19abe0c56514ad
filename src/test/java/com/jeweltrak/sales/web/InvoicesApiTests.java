package com.jeweltrak.sales.web;

import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.platform.idempotency.IdempotencyKeys;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The invoices API (design §5b; 02-sales §Finalize; design §4 Idempotency). */
@IntegrationTest
class InvoicesApiTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Person clerk;
    static com.jeweltrak.platform.tenancy.StoreId secondStore;

    @Autowired MockMvc mvc;
    @Autowired SalesFixtures fixtures;
    @Autowired com.jeweltrak.sales.ReturnFixtures returns;
    @Autowired IdempotencyKeys keys;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("invoices-api");
        secondStore = tenants.addStore(tenant, "Second store");
        clerk = tenants.addPerson(tenant, "Clerk", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
    }

    private long create() throws Exception {
        return create(customer());
    }

    private long create(com.jeweltrak.contacts.ContactId customer) throws Exception {
        String body = mvc.perform(post("/api/v1/invoices").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"storeId\": " + tenant.store() + ", \"customerId\": " + customer + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    /** Sales on account need a customer (a walk-in sale is paid in full before it is finalized). */
    private com.jeweltrak.contacts.ContactId customer() {
        return fixtures.customer(tenant);
    }

    private long createWithService(String price) throws Exception {
        long id = create();
        mvc.perform(post("/api/v1/invoices/" + id + "/lines").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"SERVICE\", \"description\": \"Ring sizing\", \"unitPrice\": \"" + price + "\"}"))
                .andExpect(status().isCreated());
        return id;
    }

    private long movements(long invoice) {
        Long count = fixtures.as(tenant, () -> transactions.execute(s -> jdbc.sql(
                "select count(*) from stock_movement where document_type = 'INVOICE' and document_id = ?")
                .param(invoice).query(Long.class).single()));
        return count;
    }

    // design §5b: a new invoice is Open, its number a string; money as decimal strings
    @Test
    void anInvoiceIsCreatedOpenWithItsLinesAndTotalsAsStrings() throws Exception {
        String ring = fixtures.ring(tenant);
        long id = create();
        mvc.perform(post("/api/v1/invoices/" + id + "/lines").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"ITEM\", \"stockId\": \"" + ring + "\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/invoices/" + id).with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.invoiceNumber").isString())
                .andExpect(jsonPath("$.lines[0].stockId").value(ring))
                .andExpect(jsonPath("$.totals.merchandise").value("1200.00"))
                .andExpect(jsonPath("$.totals.balance").value("1200.00"));
        mvc.perform(get("/api/v1/invoices").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").isNumber());
    }

    // design §5b: 409 for a state conflict — finalizing a voided invoice
    @Test
    void finalizingAVoidedInvoiceIsAConflict() throws Exception {
        long id = createWithService("30.00");
        mvc.perform(post("/api/v1/invoices/" + id + "/finalize").with(tenant.owner().signedIn())).andExpect(status().isOk());
        mvc.perform(post("/api/v1/invoices/" + id + "/void").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("VOIDED"));
        mvc.perform(post("/api/v1/invoices/" + id + "/finalize").with(tenant.owner().signedIn()))
                .andExpect(status().isConflict());
    }

    // 02-sales §Finalize R7: without CanVoidTransactions a void is refused (403)
    @Test
    void aPersonWithoutCanVoidTransactionsCannotVoid() throws Exception {
        long id = createWithService("30.00");
        mvc.perform(post("/api/v1/invoices/" + id + "/finalize").with(tenant.owner().signedIn())).andExpect(status().isOk());
        mvc.perform(post("/api/v1/invoices/" + id + "/void").with(clerk.signedIn())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/invoices/" + id).with(tenant.owner().signedIn())).andExpect(jsonPath("$.status").value("FINALIZED"));
    }

    // decision 1: 422 while payments are applied, naming the ways out
    @Test
    void voidingWithAPaymentAppliedIsRefusedByTheRule() throws Exception {
        long id = createWithService("30.00");
        mvc.perform(post("/api/v1/invoices/" + id + "/finalize").with(tenant.owner().signedIn())).andExpect(status().isOk());
        mvc.perform(post("/api/v1/invoices/" + id + "/payments").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"method\": \"CASH\", \"amount\": \"10\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/invoices/" + id + "/void").with(tenant.owner().signedIn()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("credit on account")));
    }

    // decision 1, 08 §Applying Payments R8: the payment moves to credit on account, then the void goes through;
    // a second move of the same payment is a 409
    @Test
    void aPaymentMovedToCreditOnAccountThroughTheApiLetsTheVoidThrough() throws Exception {
        // a customer of its own: the credit on account it leaves pays that customer's next finalized invoice
        // (08-accounting §Applying Payments R4, R7), which must not be another test's
        long id = create(returns.anotherCustomer(tenant, "Mover"));
        mvc.perform(post("/api/v1/invoices/" + id + "/lines").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"SERVICE\", \"description\": \"Ring sizing\", \"unitPrice\": \"30.00\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/invoices/" + id + "/finalize").with(tenant.owner().signedIn())).andExpect(status().isOk());
        String paid = mvc.perform(post("/api/v1/invoices/" + id + "/payments").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"method\": \"CASH\", \"amount\": \"30\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long payment = ((Number) JsonPath.read(paid, "$.payments[0].id")).longValue();
        mvc.perform(post("/api/v1/invoices/" + id + "/payments/" + payment + "/to-credit").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.payments[0].movedToCreditOnAccount").value(true))
                .andExpect(jsonPath("$.totals.balance").value("30.00"));
        mvc.perform(post("/api/v1/invoices/" + id + "/payments/" + payment + "/to-credit").with(tenant.owner().signedIn()))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/invoices/" + id + "/void").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("VOIDED"));
    }

    // R9: delete answers 204 for an Open invoice; it is gone
    @Test
    void anOpenInvoiceIsDeleted() throws Exception {
        long id = create();
        mvc.perform(delete("/api/v1/invoices/" + id).with(tenant.owner().signedIn())).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/invoices/" + id).with(tenant.owner().signedIn())).andExpect(status().isNotFound());
    }

    // design §4: a finalize retried with the same key commits once and answers the first answer again
    @Test
    void aDoubleFinalizeWithOneKeyCommitsOnce() throws Exception {
        String ring = fixtures.ring(tenant);
        long id = create();
        mvc.perform(post("/api/v1/invoices/" + id + "/lines").with(tenant.owner().signedIn())
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"ITEM\", \"stockId\": \"" + ring + "\"}"));
        String first = mvc.perform(post("/api/v1/invoices/" + id + "/finalize").header("Idempotency-Key", "fin-" + id)
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String second = mvc.perform(post("/api/v1/invoices/" + id + "/finalize").header("Idempotency-Key", "fin-" + id)
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn().getResponse().getContentAsString();
        assertThat(second).isEqualTo(first);
        assertThat(movements(id)).isEqualTo(1L);
        // without the key, the same call is a state conflict: the retry protection came from the key
        mvc.perform(post("/api/v1/invoices/" + id + "/finalize").with(tenant.owner().signedIn())).andExpect(status().isConflict());
    }

    // design §4: a retried payment charges once
    @Test
    void aRetriedPaymentChargesOnce() throws Exception {
        long id = createWithService("100.00");
        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(post("/api/v1/invoices/" + id + "/payments").header("Idempotency-Key", "pay-" + id)
                            .with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"method\": \"CARD\", \"amount\": \"60\", \"cardLast4\": \"4242\", \"authCode\": \"OK7\"}"))
                    .andExpect(status().isCreated());
        }
        mvc.perform(get("/api/v1/invoices/" + id).with(tenant.owner().signedIn()))
                .andExpect(jsonPath("$.payments.length()").value(1))
                .andExpect(jsonPath("$.totals.balance").value("40.00"));
    }

    // design §4: the same key with another body is refused (422 Problem Details)
    @Test
    void theSameKeyWithAnotherBodyIsRefused() throws Exception {
        long id = createWithService("100.00");
        mvc.perform(post("/api/v1/invoices/" + id + "/payments").header("Idempotency-Key", "reuse-" + id)
                        .with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"method\": \"CASH\", \"amount\": \"10\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/invoices/" + id + "/payments").header("Idempotency-Key", "reuse-" + id)
                        .with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"method\": \"CASH\", \"amount\": \"20\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("different request")));
    }

    // design §4: two finalizes with one key at the same moment: one does the work, the other waits for the claim and is
    // told it is running (409) or, if the first already answered, gets that answer again — the item is sold once
    @Test
    void twoFinalizesWithOneKeyAtOnceCommitOnce() throws Exception {
        String ring = fixtures.ring(tenant);
        long id = create();
        mvc.perform(post("/api/v1/invoices/" + id + "/lines").with(tenant.owner().signedIn())
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"ITEM\", \"stockId\": \"" + ring + "\"}"));
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(post("/api/v1/invoices/" + id + "/finalize").header("Idempotency-Key", "both-" + id)
                            .with(tenant.owner().signedIn())).andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) statuses.add(answer.get());
            assertThat(statuses).contains(200).allMatch(s -> s == 200 || s == 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(movements(id)).isEqualTo(1L);
    }

    // design §4: another person's request with someone's key is refused, never answered with their answer
    @Test
    void anotherPersonCannotReplaySomeoneElsesKey() throws Exception {
        long id = createWithService("100.00");
        mvc.perform(post("/api/v1/invoices/" + id + "/payments").header("Idempotency-Key", "mine-" + id)
                        .with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"method\": \"CASH\", \"amount\": \"10\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/invoices/" + id + "/payments").header("Idempotency-Key", "mine-" + id)
                        .with(clerk.signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"method\": \"CASH\", \"amount\": \"10\"}"))
                .andExpect(status().isUnprocessableContent());
    }

    // design §4: a retry while the first request with the key is still running gets 409
    @Test
    void aRetryWhileTheFirstIsStillRunningIsAConflict() throws Exception {
        long id = createWithService("100.00");
        String uri = "/api/v1/invoices/" + id + "/finalize";
        // the first request has claimed the key and not answered yet
        fixtures.as(tenant, () -> keys.claim("running-" + id,
                IdempotencyKeys.fingerprint("POST " + tenant.owner().id(), uri, new byte[0])));
        mvc.perform(post(uri).header("Idempotency-Key", "running-" + id).with(tenant.owner().signedIn()))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/invoices/" + id).with(tenant.owner().signedIn())).andExpect(jsonPath("$.status").value("OPEN"));
    }

    // design §5b: a refused request releases its key, so a corrected retry... is a new request (422 then the same key works)
    @Test
    void aRefusedRequestDoesNotKeepItsKey() throws Exception {
        long id = create();
        mvc.perform(post("/api/v1/invoices/" + id + "/finalize").header("Idempotency-Key", "empty-" + id)
                .with(tenant.owner().signedIn())).andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/invoices/" + id + "/lines").with(tenant.owner().signedIn())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"NON_STOCK\", \"description\": \"Gift box\", \"unitPrice\": \"5\"}"));
        mvc.perform(post("/api/v1/invoices/" + id + "/finalize").header("Idempotency-Key", "empty-" + id)
                .with(tenant.owner().signedIn())).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FINALIZED"));
    }

    // counter staff (Sales group: Invoices.Create, no Invoices.Edit) build, finalize and take tenders on their sale
    @Test
    void counterStaffSellWithoutTheEditPermission() throws Exception {
        String body = mvc.perform(post("/api/v1/invoices").with(clerk.signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(post("/api/v1/invoices/" + id + "/lines").with(clerk.signedIn()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"NON_STOCK\", \"description\": \"Polish cloth\", \"unitPrice\": \"8\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/invoices/" + id + "/payments").with(clerk.signedIn()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"method\": \"CASH\", \"amount\": \"10\"}")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.payments[0].changeDue").value("2.00"));
        mvc.perform(post("/api/v1/invoices/" + id + "/finalize").with(clerk.signedIn())).andExpect(status().isOk());
        // R6: reopening is deliberately easy; voiding a tender needs CanVoidTransactions (08 §Voiding Payments R8)
        mvc.perform(post("/api/v1/invoices/" + id + "/reopen").with(clerk.signedIn())).andExpect(status().isOk());
        long payment = ((Number) JsonPath.read(mvc.perform(get("/api/v1/invoices/" + id).with(clerk.signedIn()))
                .andReturn().getResponse().getContentAsString(), "$.payments[0].id")).longValue();
        mvc.perform(post("/api/v1/invoices/" + id + "/payments/" + payment + "/void").with(clerk.signedIn()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/invoices/" + id + "/payments/" + payment + "/void").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"NSF\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.payments[0].voided").value(true))
                .andExpect(jsonPath("$.totals.balance").value("8.00"));
    }

    // decision 7: store access is checked on every request — an invoice of a store the caller may not access is a 404
    @Test
    void anInvoiceOfAStoreTheCallerMayNotAccessIsNotFound() throws Exception {
        long id = create();
        mvc.perform(get("/api/v1/invoices/" + id).with(clerk.signedIn())).andExpect(status().isOk());
        String other = mvc.perform(post("/api/v1/invoices").with(tenant.owner().signedIn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"storeId\": " + secondStore + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long otherId = ((Number) JsonPath.read(other, "$.id")).longValue();
        mvc.perform(get("/api/v1/invoices/" + otherId).with(clerk.signedIn())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/invoices").param("size", "200").with(clerk.signedIn())).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.id == " + id + ")]").exists())
                .andExpect(jsonPath("$.content[?(@.id == " + otherId + ")]").doesNotExist());
        mvc.perform(post("/api/v1/invoices/" + otherId + "/finalize").with(clerk.signedIn())).andExpect(status().isNotFound());
    }

    // R2: the header of an Open invoice changes; a salesperson who is nobody is refused (422)
    @Test
    void theHeaderOfAnOpenInvoiceChanges() throws Exception {
        long id = createWithService("10.00");
        mvc.perform(put("/api/v1/invoices/" + id).with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reference\": \"PO-9\", \"freight\": \"7.5\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reference").value("PO-9"))
                .andExpect(jsonPath("$.totals.total").value("17.50"));
        mvc.perform(put("/api/v1/invoices/" + id).with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"salespersonId\": 987654321}"))
                .andExpect(status().isUnprocessableContent());
    }

    // Search R2: an invoice made and deleted through the API is found, then no longer found, by the top search box
    @Test
    void theTopSearchFollowsInvoicesMadeThroughTheApi() throws Exception {
        long id = create();
        long number = fixtures.as(tenant, () -> transactions.execute(s -> jdbc.sql("select number from invoice where id = ?")
                .param(id).query(Long.class).single()));
        assertThat(mvc.perform(get("/search").param("q", "invoice " + number).with(tenant.owner().signedIn()))
                .andReturn().getResponse().getContentAsString()).contains("/peek/invoice/" + id);
        mvc.perform(delete("/api/v1/invoices/" + id).with(tenant.owner().signedIn())).andExpect(status().isNoContent());
        assertThat(mvc.perform(get("/search").param("q", "invoice " + number).with(tenant.owner().signedIn()))
                .andReturn().getResponse().getContentAsString()).doesNotContain("/peek/invoice/" + id);
    }
}
