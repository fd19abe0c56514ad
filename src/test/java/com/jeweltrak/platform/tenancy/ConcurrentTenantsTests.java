package com.jeweltrak.platform.tenancy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.platform.users.ManagingGroups;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * issue 2 §5(e): 2,000 interleaved requests from 20 tenants through a pool of 5 connections never see
 * another tenant's row. Real HTTP, real bearer tokens, 20 client threads: four times as many requests
 * in flight as connections, so each connection passes from tenant to tenant over and over — a tenant
 * setting that outlived its transaction (SET instead of SET LOCAL) would show here.
 */
@IntegrationTest
class ConcurrentTenantsTests {

    private static final int TENANTS = 20;
    private static final int REQUESTS = 2_000;
    private static final int THREADS = 20;
    private static final int POOL_SIZE = 5;
    private static final Duration BOUND = Duration.ofMinutes(2);
    private static final List<String> ENDPOINTS = List.of("/api/v1/me", "/api/v1/users", "/api/v1/permission-groups");

    /** One tenant as the test made it: what its answers must show, and nobody else's answers may. */
    record Known(TestTenants.Tenant tenant, String organization, String email, String groupName, Set<Long> groupIds,
                 String token) {
        List<String> marks() {
            return List.of(organization, email, groupName);
        }
    }

    static final List<Known> known = new ArrayList<>();
    static final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Autowired DataSource dataSource;
    @LocalServerPort int port;

    @BeforeAll
    static void openTwentyTenantsWithATokenEach(@Autowired TestTenants tenants, @Autowired ManagingGroups groups,
                                                @Autowired Organizations organizations, @LocalServerPort int port)
            throws Exception {
        for (int i = 0; i < TENANTS; i++) {
            TestTenants.Tenant tenant = tenants.open("concurrent-" + i);
            // a group of its own, so the group list has a row no other tenant has
            String groupName = "Group of " + tenant.owner().email();
            long group = TenantContext.callAs(tenant.id(), tenant.owner().id(),
                    () -> groups.create(groupName, null, Set.of(Permission.CAN_VIEW_COST)));
            Set<Long> groupIds = new HashSet<>(tenant.opened().groups().values());
            groupIds.add(group);
            String organization = TenantContext.callAs(tenant.id(), null, () -> organizations.get().name());
            HttpResponse<String> issued = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/tokens"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\": \"" + tenant.owner().email() + "\", \"password\": \""
                            + TestTenants.PASSWORD + "\", \"name\": \"concurrency\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(issued.statusCode()).as("token for " + tenant.owner().email()).isEqualTo(201);
            known.add(new Known(tenant, organization, tenant.owner().email(), groupName, groupIds,
                    JsonPath.read(issued.body(), "$.token")));
        }
    }

    // issue 2 §5(e): the run really goes through a pool of 5 connections, a quarter of the threads asking
    @Test
    void theApplicationRunsOnAPoolOfFiveConnections() {
        assertThat(dataSource).isInstanceOf(HikariDataSource.class);
        assertThat(((HikariDataSource) dataSource).getMaximumPoolSize()).isEqualTo(POOL_SIZE);
    }

    // issue 2 §5(e), design §4 Tenancy: every answer shows the caller's own rows and no other tenant's
    @Test
    void twoThousandInterleavedRequestsFromTwentyTenantsNeverSeeAnotherTenantsRow() throws Exception {
        List<int[]> plan = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            plan.add(new int[] {i % TENANTS, (i / TENANTS) % ENDPOINTS.size()});
        }
        Collections.shuffle(plan, new Random(20_05));

        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            for (int[] step : plan) {
                Known caller = known.get(step[0]);
                String endpoint = ENDPOINTS.get(step[1]);
                threads.execute(() -> {
                    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + endpoint))
                                .header("Authorization", "Bearer " + caller.token())
                                .header("Accept", "application/json")
                                .timeout(Duration.ofSeconds(30))
                                .GET().build(), HttpResponse.BodyHandlers.ofString());
                        check(caller, endpoint, response).forEach(problems::add);
                    } catch (Exception e) {
                        problems.add(caller.email() + " " + endpoint + " failed: " + e);
                    } finally {
                        inFlight.decrementAndGet();
                        answered.incrementAndGet();
                    }
                });
            }
        } finally {
            threads.shutdown();
        }
        if (!threads.awaitTermination(BOUND.toSeconds(), TimeUnit.SECONDS)) {
            threads.shutdownNow();
            fail("%d requests were not answered within %s", REQUESTS - answered.get(), BOUND);
        }

        assertThat(answered.get()).isEqualTo(REQUESTS);
        assertThat(problems).as("answers that were wrong or showed another tenant").isEmpty();
        assertThat(mostInFlight.get()).as("requests in flight at once").isGreaterThan(POOL_SIZE);
    }

    private List<String> check(Known caller, String endpoint, HttpResponse<String> response) {
        List<String> problems = new ArrayList<>();
        String where = caller.email() + " " + endpoint;
        if (response.statusCode() != 200) {
            problems.add(where + " answered " + response.statusCode() + ": " + response.body());
            return problems;
        }
        String body = response.body();
        for (Known other : known) {
            if (other == caller) continue;
            for (String mark : other.marks()) {
                if (body.contains(mark)) problems.add(where + " shows " + mark + " of another tenant");
            }
        }
        switch (endpoint) {
            case "/api/v1/me" -> {
                expect(problems, where, "id", ((Number) JsonPath.read(body, "$.id")).longValue(), caller.tenant().owner().id().value());
                expect(problems, where, "organization", JsonPath.read(body, "$.organization"), caller.organization());
                expect(problems, where, "email", JsonPath.read(body, "$.email"), caller.email());
            }
            case "/api/v1/users" -> {
                expect(problems, where, "users", JsonPath.read(body, "$.content[*].email"), List.of(caller.email()));
                expect(problems, where, "total", ((Number) JsonPath.read(body, "$.totalElements")).longValue(), 1L);
            }
            case "/api/v1/permission-groups" -> {
                List<Number> ids = JsonPath.read(body, "$.content[*].id");
                Set<Long> groupIds = new HashSet<>();
                ids.forEach(id -> groupIds.add(id.longValue()));
                expect(problems, where, "group ids", groupIds, caller.groupIds());
                if (!body.contains(caller.groupName())) problems.add(where + " lacks its own group " + caller.groupName());
            }
            default -> problems.add(where + ": no check for this endpoint");
        }
        return problems;
    }

    private static void expect(List<String> problems, String where, String what, Object actual, Object expected) {
        if (!expected.equals(actual)) problems.add(where + ": " + what + " was " + actual + ", expected " + expected);
    }
}
