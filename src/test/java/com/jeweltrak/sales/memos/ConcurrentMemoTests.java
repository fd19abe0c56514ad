package com.jeweltrak.sales.memos;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Design §4, 02-sales §Memos R2: a one-of-a-kind item goes out on one memo, also when two people memo it at once. */
@IntegrationTest
class ConcurrentMemoTests {

    static TestTenants.Tenant tenant;

    @Autowired MemoFixtures fixtures;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("concurrent-memo");
    }

    // §Memos R2, decision 11: two memos take the same ring at the same moment — one gets it, the other is refused
    @Test
    void twoMemosTakingTheOneOfAKindItemAtOnceGetItOnce() throws Exception {
        String ring = fixtures.ring(tenant);
        MemoId first = fixtures.issue(tenant);
        MemoId second = fixtures.issue(tenant);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (MemoId id : List.of(first, second)) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        fixtures.add(tenant, id, ring);
                        return "out";
                    } catch (BusinessRuleViolated refused) {
                        return refused.getMessage();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) results.add(outcome.get());
            assertThat(results).containsOnlyOnce("out");
            MemoId winner = results.getFirst().equals("out") ? first : second;
            MemoId loser = winner.equals(first) ? second : first;
            assertThat(results).contains("StockID " + ring + " has 0 in stock (it is out on memo "
                    + fixtures.read(tenant, winner).number() + "); that is not enough for this.");
            assertThat(fixtures.read(tenant, loser).lines()).isEmpty();
            assertThat(fixtures.onMemo(tenant, ring)).isEqualByComparingTo("1");
            assertThat(fixtures.inStock(tenant, ring)).isZero();
        } finally {
            pool.shutdownNow();
        }
    }
}
