package com.jeweltrak.sales;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Design §4: selling a one-of-a-kind item twice is impossible, also when two people finalize at the same moment. */
@IntegrationTest
class ConcurrentFinalizeTests {

    static TestTenants.Tenant tenant;

    @Autowired SalesFixtures fixtures;
    @Autowired FinalizingAnInvoice finalizing;
    @Autowired Invoices invoices;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("concurrent-finalize");
    }

    // 02-sales §Finalize R4(c), design §4: two invoices holding the same ring finalized at once — one sells it, the other
    // is refused naming the invoice that sold it
    @Test
    void twoInvoicesFinalizedAtOnceSellTheOneOfAKindItemOnce() throws Exception {
        String ring = fixtures.ring(tenant);
        InvoiceId first = fixtures.openWith(tenant, ring);
        InvoiceId second = fixtures.openWith(tenant, ring);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (InvoiceId id : List.of(first, second)) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        fixtures.run(tenant, () -> finalizing.finalizeInvoice(id));
                        return "sold";
                    } catch (ItemSoldElsewhere refused) {
                        return refused.getMessage();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) results.add(outcome.get());
            assertThat(results).containsOnlyOnce("sold");
            InvoiceId winner = results.getFirst().equals("sold") ? first : second;
            String number = fixtures.as(tenant, () -> invoices.get(winner).numberText());
            assertThat(results).contains("StockID " + ring + " was sold on invoice " + number + " meanwhile.");
            assertThat(fixtures.inStock(tenant, ring)).isZero();
        } finally {
            pool.shutdownNow();
        }
    }
}
