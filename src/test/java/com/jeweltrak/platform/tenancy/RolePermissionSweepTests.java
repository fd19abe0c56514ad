package com.jeweltrak.platform.tenancy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.contacts.certificates.CertificateFixtures;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.platform.peek.PeekProviders;
import com.jeweltrak.platform.security.ApiTokens;
import com.jeweltrak.platform.security.SignedInUser;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.platform.users.ManagingGroups;
import com.jeweltrak.platform.users.ManagingUsers;
import com.jeweltrak.platform.users.PermissionGroup;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

import static com.jeweltrak.platform.tenancy.SweepCaller.Answer;
import static com.jeweltrak.platform.tenancy.SweepRoutes.Kind;
import static com.jeweltrak.platform.tenancy.SweepRoutes.Route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * issue 12 §3: the tenant-isolation sweep's role dimension. Every route of the app — pages and API, with or without path
 * variables, found at run time — is called by two tenants' Admin (owner), Manager, Sales and a person in a group that
 * grants nothing. What each route demands is read from its {@code @PreAuthorize} ({@link SweepRequirements}); a person
 * lacking it gets 403 and nothing is written; a person holding it is never refused on the tenant's own records and never
 * meets a 5xx; with the other tenant's ids every person gets 404 (or 403 when lacking the permission); and no answer
 * carries anything of the other tenant. The deep owner-only sweep stays in {@link TenantIsolationSweepTests}.
 */
@IntegrationTest
class RolePermissionSweepTests {

    /** Variables naming what every tenant has alike (a list, a report, a table): a call names the caller's own. */
    static final Set<Kind> SHARED_KEYS = Set.of(Kind.LIST_KEY, Kind.REPORT, Kind.TABLE);

    static List<Route> routes;
    static final List<SweepCaller> callers = new ArrayList<>();
    static final Map<String, SweepRequirements.Requirement> requirements = new LinkedHashMap<>();
    static final List<String> unreadable = new ArrayList<>();
    /** Lacking the permission, own records. */
    static final List<Answer> refused = new ArrayList<>();
    /** The other tenant's records, every person. */
    static final List<Answer> foreign = new ArrayList<>();
    /** Holding the permission: GETs of own records, and the routes that name no record. */
    static final List<Answer> allowed = new ArrayList<>();
    /** Calls that wrote although refused or naming the other tenant's records: the call, the row's table, the tenant. */
    static final List<String> writes = new ArrayList<>();
    /** Control: audit rows the holders' writes left with the sweep's request ids, so the write check can see writes. */
    static long holdersWrites;
    static Set<String> openApiOperations;

    @BeforeAll
    static void sweep(@Autowired TestTenants tenants, @Autowired ManagingUsers managingUsers,
                      @Autowired ManagingGroups managingGroups, @Autowired ApiTokens tokens, @Autowired MockMvc mvc,
                      @Autowired JdbcClient jdbc, @Autowired TransactionTemplate transactions,
                      @Autowired FindByIndexNameSessionRepository<? extends Session> sessions,
                      @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
                      @Autowired PeekProviders peekProviders, @Autowired CertificateFixtures certificateFixtures,
                      @Autowired StoredFiles storedFiles) throws Exception {
        long started = System.nanoTime();
        long cpuAtStart = cpu();
        // a rerun of a failed test runs this again in the same JVM: start from nothing
        for (var collection : List.of(callers, unreadable, refused, foreign, allowed, writes)) collection.clear();
        requirements.clear();
        pool = Executors.newFixedThreadPool(3, work -> {
            Thread thread = new Thread(work, "role-sweep");
            thread.setDaemon(true);
            return thread;
        });
        String unique = UUID.randomUUID().toString().substring(0, 8);
        SweepTenantRecords records = new SweepTenantRecords(jdbc, transactions, certificateFixtures, storedFiles);
        TestTenants.Tenant a = tenants.open("roles-a");
        TestTenants.Tenant b = tenants.open("roles-b");
        SweepTenantRecords.Planted[] planted = new SweepTenantRecords.Planted[2];
        List<List<SweepCaller>> byTenant = new ArrayList<>();
        int index = 0;
        for (TestTenants.Tenant tenant : List.of(a, b)) {
            String tag = (index == 0 ? "RA" : "RB") + unique;
            // the people: the owner (Admin) and one of each other built-in group, and one in a group that grants nothing
            long nothing = TenantContext.callAs(tenant.id(), tenant.owner().id(), () ->
                    managingGroups.create("Nothing " + tag, "Grants nothing " + tag, Set.of()));
            Map<String, Long> groupOf = new LinkedHashMap<>();
            groupOf.put(PermissionGroup.ADMIN, null);
            groupOf.put(BuiltInGroups.MANAGER, tenant.group(BuiltInGroups.MANAGER));
            groupOf.put(BuiltInGroups.SALES, tenant.group(BuiltInGroups.SALES));
            groupOf.put("Nothing", nothing);
            List<TestTenants.Person> people = new ArrayList<>();
            for (var group : groupOf.entrySet()) {
                if (group.getValue() == null) {
                    people.add(tenant.owner());
                    continue;
                }
                String email = group.getKey().toLowerCase() + "-" + tag.toLowerCase() + "@test.example";
                UserId id = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> managingUsers.createWithPassword(
                        new ManagingUsers.NewUser(group.getKey(), "Roleplayer-" + tag, email, null, Set.of(group.getValue()),
                                Set.of(tenant.store())), TestTenants.PASSWORD));
                people.add(new TestTenants.Person(tenant.id(), id, email));
            }
            List<String> issued = new ArrayList<>();
            for (TestTenants.Person person : people) {
                issued.add(TenantContext.callAs(tenant.id(), person.id(), () -> tokens.issue(person.id(), "Role sweep " + tag)).token());
            }
            long ownerTokenId = TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> tokens.of(tenant.owner().id()))
                    .getFirst().id();
            MvcResult signedIn = mvc.perform(formLogin("/login").userParameter("email").user(tenant.owner().email())
                    .password(TestTenants.PASSWORD)).andReturn();
            assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
            List<String> sessionIds = List.copyOf(sessions.findByPrincipalName(
                    SignedInUser.principalName(tenant.id(), tenant.owner().id())).keySet());
            planted[index] = records.plant(tenant, tag, index == 0 ? 700000 : 900000, ownerTokenId, sessionIds);
            // TestTenants names the organization and its store after the label in the owner's e-mail (owner-<label>@…)
            String opened = tenant.owner().email().substring("owner-".length(), tenant.owner().email().indexOf('@'));
            planted[index].distinctive().addAll(List.of(tenant.owner().email(), "Org " + opened, "Store " + opened,
                    "Roleplayer-" + tag, "Nothing " + tag, "Grants nothing " + tag));
            planted[index].distinctive().addAll(issued);
            List<SweepCaller> these = new ArrayList<>();
            int i = 0;
            for (var group : groupOf.keySet()) {
                Set<String> authorities = group.equals("Nothing") ? Set.of() : BuiltInGroups.grants().get(group);
                these.add(new SweepCaller(index == 0 ? "A" : "B", group, people.get(i), issued.get(i), authorities, null, null));
                i++;
            }
            byTenant.add(these);
            index++;
        }
        for (int t = 0; t < 2; t++) {
            for (SweepCaller c : byTenant.get(t)) {
                callers.add(new SweepCaller(c.tenant(), c.role(), c.person(), c.token(), c.authorities(), planted[t], planted[1 - t]));
            }
        }

        // the API as OpenAPI lists it: an operation documented once per report key is swept at its concrete path too
        String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        Map<String, Map<String, Object>> paths = JsonPath.read(docs, "$.paths");
        openApiOperations = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "patch", "delete").contains(m))
                .forEach(m -> openApiOperations.add(m.toUpperCase() + " " + path)));
        SweepCaller.bodies = new SweepBodies(docs);
        SweepRequirements.peekPermission = type -> peekProviders.find(type).map(p -> p.permission()).orElse(null);
        routes = new ArrayList<>(SweepRoutes.allRoutes(mappings, peekProviders.types()));
        Set<String> keys = new TreeSet<>();
        routes.forEach(r -> keys.add(r.key()));
        PathPatternParser parser = new PathPatternParser();
        for (String operation : openApiOperations) {
            if (keys.contains(operation)) continue;
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(operation.indexOf(' ') + 1);
            routes.stream().filter(r -> r.method().equals(method) && parser.parse(r.pattern()).matches(PathContainer.parsePath(path)))
                    .findFirst().ifPresent(r -> routes.add(new Route(method, path, r.handler())));
        }
        for (Route route : routes) {
            try {
                requirements.put(route.key(), SweepRequirements.of(route));
                SweepRoutes.variables(route.pattern());
            } catch (IllegalArgumentException unknown) {
                unreadable.add(unknown.getMessage());
            }
        }

        long planting = System.nanoTime();
        // 1. lacking the permission, on the caller's own records: 403, and nothing written
        long[] before = audits(jdbc, transactions, a, b);
        for (Route route : readable()) {
            refused.addAll(inParallel(callers.stream().filter(c -> !requirements.get(route.key()).heldBy(c.authorities()))
                    .map(c -> (Callable<Answer>) () -> c.call(mvc, route, values(route, c.own(), c.own()))).toList()));
        }
        wrote(refused, before, jdbc, transactions, a, b);
        long refusing = System.nanoTime();

        // 2. every person, the other tenant's records: 404 (403 when lacking the permission), nothing written anywhere
        before = audits(jdbc, transactions, a, b);
        for (Route route : readable()) {
            Map<String, Kind> variables = SweepRoutes.variables(route.pattern());
            if (SHARED_KEYS.containsAll(variables.values())) continue;
            foreign.addAll(inParallel(callers.stream()
                    .map(c -> (Callable<Answer>) () -> c.call(mvc, route, values(route, c.other(), c.own()))).toList()));
        }
        wrote(foreign, before, jdbc, transactions, a, b);
        long foreignDone = System.nanoTime();

        // 3. holding the permission: every GET on the caller's own records, then the writes that name no record of a
        // tenant (creates, bulk actions, a list or report named by its key). A write naming a record is not sent with
        // the caller's own (it would delete, void, revoke what later calls need): its holders met it in 2., where the
        // answer must be 404 — they passed the permission check and reached the lookup.
        for (boolean writes : new boolean[] {false, true}) {
            for (Route route : readable()) {
                boolean get = route.method().equals("GET");
                if (writes == get || (writes && !SHARED_KEYS.containsAll(SweepRoutes.variables(route.pattern()).values()))) continue;
                List<SweepCaller> holders = callers.stream().filter(c -> requirements.get(route.key()).heldBy(c.authorities())).toList();
                // one tenant's people one after another (a GET may make a record on first sight; two people creating at
                // once is the concurrency tests' business), the two tenants side by side; writes all in turn
                List<Callable<List<Answer>>> tenantsCalls = new ArrayList<>();
                for (String tenant : writes ? List.of("A,B") : List.of("A", "B")) {
                    tenantsCalls.add(() -> {
                        List<Answer> answers = new ArrayList<>();
                        for (SweepCaller c : holders) {
                            if (tenant.contains(c.tenant())) answers.add(c.call(mvc, route, values(route, c.own(), c.own())));
                        }
                        return answers;
                    });
                }
                for (Future<List<Answer>> answers : pool.invokeAll(tenantsCalls)) allowed.addAll(answers.get());
            }
        }
        pool.shutdown();

        holdersWrites = TenantContext.callAs(a.id(), null, () -> transactions.execute(status -> jdbc.sql(
                "select count(*) from audit_log where request_id like ?").param(SweepCaller.REQUEST_PREFIX + "%")
                .query(Long.class).single()));
        System.out.printf("Role permission sweep (issue 12 §3): %d routes (%d API operations in OpenAPI), %d people; calls:"
                        + " %d lacking the permission, %d with the other tenant's ids, %d holding it; %.1f s (setup %.1f s,"
                        + " refused %.1f s, other tenant's %.1f s, holding %.1f s), %.1f s of CPU%n",
                routes.size(), openApiOperations.size(), callers.size(), refused.size(), foreign.size(), allowed.size(),
                seconds(started, System.nanoTime()), seconds(started, planting), seconds(planting, refusing),
                seconds(refusing, foreignDone), seconds(foreignDone, System.nanoTime()), (cpu() - cpuAtStart) / 1e9);
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** A route's calls by the different people go out side by side (daemon threads: they never hold the JVM up). */
    static ExecutorService pool;

    private static List<Answer> inParallel(List<Callable<Answer>> calls) throws Exception {
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> answer : pool.invokeAll(calls)) answers.add(answer.get());
        return answers;
    }


    /** The calls among {@code answers} that wrote anything: the audit rows carrying their request ids. */
    private static void wrote(List<Answer> answers, long[] before, JdbcClient jdbc, TransactionTemplate transactions,
                              TestTenants.Tenant... tenants) {
        Map<String, Answer> byRequest = new LinkedHashMap<>();
        answers.forEach(answer -> byRequest.put(answer.requestId(), answer));
        for (int t = 0; t < 2; t++) {
            long since = before[t];
            String tenant = t == 0 ? "A" : "B";
            TenantContext.callAs(tenants[t].id(), null, () -> transactions.execute(status -> jdbc.sql(
                    "select request_id, table_name || ' ' || action from audit_log where id > ? and request_id like ?"
                            // a bearer token's last use is noted (at most once a minute) whatever the answer: not a write
                            + " and not (table_name = 'api_token' and action = 'UPDATE'"
                            + " and before_row - 'last_used_at' = after_row - 'last_used_at')")
                    .params(since, SweepCaller.REQUEST_PREFIX + "%")
                    .query((rs, n) -> writes.add(byRequest.get(rs.getString(1)) + " wrote " + rs.getString(2) + " in " + tenant))
                    .list()));
        }
    }

    /** Each tenant's latest audit entry: anything written after it shows. */
    private static long[] audits(JdbcClient jdbc, TransactionTemplate transactions, TestTenants.Tenant a, TestTenants.Tenant b) {
        long[] latest = new long[2];
        for (int t = 0; t < 2; t++) {
            latest[t] = TenantContext.callAs((t == 0 ? a : b).id(), null, () -> transactions.execute(status ->
                    jdbc.sql("select coalesce(max(id), 0) from audit_log").query(Long.class).single()));
        }
        return latest;
    }

    /**
     * Routes that ask a service outside the app (GIA's report check): with none configured in tests they answer 503
     * with a message, by design (GradingReportLookup). The error page itself, called with no error, answers 500.
     */
    static final Set<String> OUTSIDE_SERVICES = Set.of("GET /api/v1/grading-reports/gia", "GET /inventory/grading-reports/gia");

    // issue 12 §3: every route is found, its requirement read, and called by every person of both tenants
    @Test
    void everyRouteIsCalledByEveryRoleOfBothTenants() {
        assertThat(unreadable).as("routes whose requirement or records the sweep cannot read").isEmpty();
        Set<String> expected = new TreeSet<>();
        for (Route route : routes) {
            callers.forEach(c -> expected.add(c + " " + route.key()));
        }
        Set<String> called = new TreeSet<>();
        for (List<Answer> answers : List.of(refused, foreign, allowed)) {
            answers.forEach(a -> called.add(a.caller() + " " + a.route().key()));
        }
        expected.removeAll(called);
        assertThat(expected).as("route and person pairs the sweep never called").isEmpty();
        assertThat(routes).extracting(Route::key).anyMatch(k -> !k.contains("{")).anyMatch(k -> k.contains(" /api/v1/"));
    }

    // issue 12 §3: every /api/v1 operation OpenAPI lists is a handler mapping the sweep called
    @Test
    void everyOperationInOpenApiIsARouteTheSweepCalled() {
        Set<String> called = new TreeSet<>();
        for (List<Answer> answers : List.of(refused, foreign, allowed)) answers.forEach(a -> called.add(a.route().key()));
        assertThat(openApiOperations).as("OpenAPI operations").isNotEmpty();
        List<String> missed = openApiOperations.stream().filter(op -> op.contains(" /api/v1/") && !called.contains(op)).toList();
        assertThat(missed).as("OpenAPI operations the sweep did not call").isEmpty();
    }

    // issue 12 §3: a person lacking the permission a route demands is refused with 403 — Problem Details in the API
    @Test
    void aPersonLackingThePermissionIsRefusedWithForbidden() {
        assertThat(refused).isNotEmpty();
        List<String> wrong = new ArrayList<>();
        for (Answer answer : refused) {
            boolean operator = requirements.get(answer.route().key()) == SweepRequirements.Requirement.NOBODY;
            if (answer.status() != 403 && !(operator && answer.status() == 401)) wrong.add(answer + " (" + requirements.get(answer.route().key()) + ")");
            else if (answer.route().api() && !answer.contentType().startsWith("application/problem+json")) {
                wrong.add(answer + " without Problem Details: " + answer.contentType());
            }
        }
        assertThat(wrong).as("calls by people lacking the permission that were not refused with 403").isEmpty();
    }

    // issue 12 §3: a refused call, or one naming the other tenant's records, writes nothing in either tenant (their
    // audit logs, which every write of a business table feeds, do not grow)
    @Test
    void refusedCallsAndCallsForTheOtherTenantsRecordsWriteNothing() {
        assertThat(holdersWrites).as("audit rows of the holders' creates, found by their request ids").isPositive();
        assertThat(writes).isEmpty();
    }

    // issue 12 §3: a person holding the permission is not refused on the own tenant's records and never meets a 5xx
    @Test
    void aPersonHoldingThePermissionIsServedWithoutForbiddenOrServerError() {
        assertThat(allowed).isNotEmpty();
        List<String> wrong = allowed.stream().filter(a -> a.status() == 403
                        || a.status() >= 500 && !a.route().pattern().startsWith("/error") && !OUTSIDE_SERVICES.contains(a.route().key()))
                .map(a -> a + (a.status() >= 500 ? " " + a.body().substring(0, Math.min(400, a.body().length())) : "")).toList();
        assertThat(wrong).as("calls by people holding the permission answered 403 or 5xx").isEmpty();
    }

    // issue 12 §3: with the other tenant's ids every role gets 404, or 403 when it lacks the permission — never data
    @Test
    void everyRoleAskingForTheOtherTenantsRecordsGetsNotFoundOrForbidden() {
        assertThat(foreign).isNotEmpty();
        List<String> wrong = new ArrayList<>();
        for (Answer answer : foreign) {
            boolean held = requirements.get(answer.route().key()).heldBy(answer.caller().authorities());
            if (answer.status() != 404 && !(answer.status() == 403 && !held)) wrong.add(answer.toString());
        }
        assertThat(wrong).as("calls for the other tenant's records answered neither 404 nor a lacking role's 403").isEmpty();
        assertThat(foreign).extracting(a -> a.caller().tenant()).contains("A", "B");
    }

    // issue 12 §3: no answer to any person of one tenant contains anything of the other tenant
    @Test
    void noAnswerContainsTheOtherTenantsData() {
        List<String> leaks = new ArrayList<>();
        for (List<Answer> answers : List.of(refused, foreign, allowed)) {
            for (Answer answer : answers) {
                for (String secret : answer.caller().other().distinctive()) {
                    if (answer.body().contains(secret)) leaks.add(answer + " shows \"" + secret + "\"");
                }
            }
        }
        assertThat(callers.getFirst().other().distinctive()).hasSizeGreaterThan(10);
        assertThat(leaks).isEmpty();
    }

    // control for the check above: the strings it looks for do show in the tenant's own answers, so a leak would too
    @Test
    void theStringsLookedForShowInTheirOwnTenantsAnswers() {
        Set<String> unseen = new TreeSet<>();
        for (SweepCaller caller : callers) {
            for (String own : caller.own().distinctive()) {
                if (own.length() > 40 && !own.contains(" ")) continue; // an API token's secret: shown once, when issued
                if (allowed.stream().noneMatch(a -> a.caller().own() == caller.own() && a.body().contains(own))) unseen.add(own);
            }
        }
        assertThat(unseen).as("strings of a tenant that none of its own answers shows").isEmpty();
    }

    private static List<Route> readable() {
        return routes.stream().filter(r -> requirements.containsKey(r.key()) && !unreadableRoute(r)).toList();
    }

    private static boolean unreadableRoute(Route route) {
        return unreadable.stream().anyMatch(message -> message.contains(route.pattern()));
    }

    /** The path variables' values: the named tenant's records, or the caller's own where the variable is a shared key. */
    private static Map<String, String> values(Route route, SweepTenantRecords.Planted records, SweepTenantRecords.Planted own) {
        Map<String, String> values = new LinkedHashMap<>();
        SweepRoutes.variables(route.pattern()).forEach((name, kind) ->
                values.put(name, (SHARED_KEYS.contains(kind) ? own : records).first(kind)));
        return values;
    }
}
