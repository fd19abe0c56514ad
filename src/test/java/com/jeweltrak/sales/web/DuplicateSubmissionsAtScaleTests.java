package com.jeweltrak.sales.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.ItemSoldElsewhere;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12 point 6, design §4: retries by the thousand. A client that resubmits a finalize or a payment with one
 * Idempotency-Key — all at once — gets one effect; twenty counters racing to sell one unique ring sell it once.
 */
@IntegrationTest
class DuplicateSubmissionsAtScaleTests {

    private static final int SUBMISSIONS = 1_000;
    private static final int CALLERS = 40;

    static TestTenants.Tenant tenant;

    @Autowired MockMvc mvc;
    @Autowired SalesFixtures fixtures;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("duplicates-at-scale");
    }

    @Test
    void aThousandFinalizesWithOneKeyAtOnceSellTheRingOnceAndAnswerAlike() throws Exception {
        String ring = fixtures.ring(tenant);
        InvoiceId invoice = fixtures.openWith(tenant, ring);

        List<MockHttpServletResponse> answers = all(() -> post("/api/v1/invoices/" + invoice + "/finalize")
                .header("Idempotency-Key", "finalize-" + invoice).with(tenant.owner().signedIn()));

        // one did the work; every other either replayed its answer or was told it was still running — never a 5xx
        assertThat(statuses(answers).keySet()).isSubsetOf(200, 409).contains(200);
        // the key did it, not the invoice's state: the later ones were answered with the first answer again
        assertThat(replayed(answers)).isPositive();
        assertThat(answers.stream().filter(a -> a.getStatus() == 200).map(DuplicateSubmissionsAtScaleTests::body).distinct())
                .hasSize(1);
        assertThat(count("select count(*) from stock_movement where document_type = 'INVOICE' and document_id = ?",
                invoice.value())).isEqualTo(1);
        assertThat(count("select count(*) from journal_entry where invoice_id = ? and posting = 'INVOICE_FINALIZED'",
                invoice.value())).isEqualTo(1);
        assertThat(fixtures.inStock(tenant, ring)).isZero();
    }

    @Test
    void aThousandPaymentsWithOneKeyAtOnceTakeTheMoneyOnce() throws Exception {
        InvoiceId invoice = fixtures.open(tenant);
        fixtures.service(tenant, invoice, "100.00");
        fixtures.run(tenant, () -> finalizing.finalizeInvoice(invoice));

        List<MockHttpServletResponse> answers = all(() -> post("/api/v1/invoices/" + invoice + "/payments")
                .header("Idempotency-Key", "pay-" + invoice).with(tenant.owner().signedIn())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"method\": \"CARD\", \"amount\": \"60\", \"cardLast4\": \"4242\", \"authCode\": \"OK7\"}"));

        assertThat(statuses(answers).keySet()).isSubsetOf(201, 409).contains(201);
        assertThat(replayed(answers)).isPositive();
        assertThat(count("select count(*) from invoice_payment where invoice_id = ?", invoice.value())).isEqualTo(1);
        assertThat(count("select count(*) from journal_entry where invoice_id = ? and posting = 'PAYMENT_RECEIVED'",
                invoice.value())).isEqualTo(1);
    }

    @Test
    void twentyCountersRacingToSellOneRingSellItOnce() throws Exception {
        // 02-sales §Finalize R4(c): the ring sits on twenty open invoices; all are finalized at the same moment
        String ring = fixtures.ring(tenant);
        List<InvoiceId> invoices = new ArrayList<>();
        for (int i = 0; i < 20; i++) invoices.add(fixtures.openWith(tenant, ring));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (InvoiceId id : invoices) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
                        return "sold";
                    } catch (ItemSoldElsewhere refused) {
                        return "refused";
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) results.add(outcome.get());

            assertThat(results).containsOnlyOnce("sold").filteredOn("refused"::equals).hasSize(19);
        } finally {
            pool.shutdownNow();
        }
        assertThat(fixtures.inStock(tenant, ring)).isZero();
        assertThat(count("""
                select count(*) from stock_movement m join item i on i.id = m.item_id
                where i.stock_number = ? and m.kind = 'SALE'""", Long.parseLong(ring))).isEqualTo(1);
    }

    /** {@link #SUBMISSIONS} copies of the request, sent by {@link #CALLERS} callers released at once. */
    private List<MockHttpServletResponse> all(java.util.function.Supplier<RequestBuilder> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            List<Future<MockHttpServletResponse>> sent = new ArrayList<>();
            for (int i = 0; i < SUBMISSIONS; i++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(request.get()).andReturn().getResponse();
                }));
            }
            start.countDown();
            List<MockHttpServletResponse> answers = new ArrayList<>();
            for (Future<MockHttpServletResponse> answer : sent) answers.add(answer.get());
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long replayed(List<MockHttpServletResponse> answers) {
        return answers.stream().filter(a -> "true".equals(a.getHeader("Idempotent-Replayed"))).count();
    }

    private static Map<Integer, Long> statuses(List<MockHttpServletResponse> answers) {
        Map<Integer, Long> byStatus = new TreeMap<>();
        answers.forEach(a -> byStatus.merge(a.getStatus(), 1L, Long::sum));
        System.out.println("Duplicate submissions answered: " + byStatus + ", replayed " + replayed(answers));
        return byStatus;
    }

    private static String body(MockHttpServletResponse response) {
        try {
            return response.getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql, Object param) {
        return fixtures.as(tenant, () -> transactions.execute(s -> jdbc.sql(sql).param(param).query(Long.class).single()));
    }
}
