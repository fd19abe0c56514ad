package com.jeweltrak.benchmark;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The tenants a benchmark runs against (issue 12 §1): one large store group — "Large Jewelers", signed in as
 * owner@large.test — and, beside it, many small ones, so every index and every row-level-security policy works over
 * other tenants' rows as it would in production.
 */
@Component
public class BenchmarkTenants {

    public static final String LARGE_OWNER = "owner@large.test";
    private static final Logger log = LoggerFactory.getLogger(BenchmarkTenants.class);

    private final GeneratingATenant generating;
    private final int smallTenants;

    BenchmarkTenants(GeneratingATenant generating, @Value("${jeweltrak.generator.small-tenants:50}") int smallTenants) {
        this.generating = generating;
        this.smallTenants = smallTenants;
    }

    /** Only on a database that was empty at start and only for the large demo: never twice, never beside real data. */
    @org.springframework.context.event.EventListener
    void on(com.jeweltrak.platform.demo.DemoDataCreated created) {
        if (created.size() == com.jeweltrak.platform.demo.DemoSize.LARGE) generate();
    }

    public void generate() {
        log.info("Generating the benchmark tenants: one large ({}), {} small", TenantShape.LARGE, smallTenants);
        long started = System.nanoTime();
        for (int n = 1; n <= smallTenants; n++) {
            generating.generate("Small Jewelers %02d".formatted(n), "small-%02d.test".formatted(n), TenantShape.SMALL, n);
            if (n % 10 == 0) log.info("Generated {} of {} small tenants", n, smallTenants);
        }
        generating.generate("Large Jewelers", "large.test", TenantShape.LARGE, 42);
        generating.refreshStatistics();
        log.info("Benchmark tenants ready in {} s: sign in as {} / {}", (System.nanoTime() - started) / 1_000_000_000,
                LARGE_OWNER, GeneratingATenant.PASSWORD);
    }
}
