package jeweltrak.benchmark;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * A store's day at the counter (issue 12 point 2): {@code users} concurrent users in all, shared among the scenarios a
 * store runs — sign in, global search, lists and Quick Peeks, POS lookup by StockID, a 5-line invoice finalized and
 * tendered, AR Aging and Gross Profit for a year. Every request is named "scenario: request", so Gatling's report (and
 * scripts/benchmark.sh's summary) groups by them.
 *
 * <p>The browsing scenarios (pages through the form-login session; the rest through the API with a bearer token) pause
 * {@code think} seconds (±50 %) between requests, like a person. The invoice scenario does not pause: it is the
 * throughput figure, a closed model holding its share of the users busy for {@code duration} seconds, so its req/s is
 * what the app sustains for finalize while the others browse.
 *
 * <p>System properties: baseUrl (http://localhost:8080), email (owner@demo.test), password (jeweltrak-demo), users (50),
 * duration (60 s), ramp (10 s), think (1 s), poolSize (10000 in-stock items taken for sale; then non-stock lines),
 * scenarios (all: sign-in,search,lists,pos,invoice,reports).
 */
public class StoreDay extends Simulation {

    static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");
    static final String EMAIL = System.getProperty("email", "owner@demo.test");
    static final String PASSWORD = System.getProperty("password", "jeweltrak-demo");
    static final int USERS = Integer.getInteger("users", 50);
    static final int DURATION = Integer.getInteger("duration", 60);
    static final int RAMP = Math.max(1, Integer.getInteger("ramp", 10));
    static final double THINK = Double.parseDouble(System.getProperty("think", "1"));
    static final int POOL_SIZE = Integer.getInteger("poolSize", 10_000);

    /** The scenarios and how the users are shared among them (invoice is the throughput scenario). */
    static final List<String> SCENARIOS = List.of("sign-in", "search", "lists", "pos", "invoice", "reports");
    static final int[] WEIGHTS = {1, 2, 2, 1, 3, 1};
    /** Only these scenarios (comma-separated), e.g. -Dscenarios=invoice for finalize throughput alone. */
    static final List<String> CHOSEN = List.of(System.getProperty("scenarios", String.join(",", SCENARIOS)).split(","));

    private final Sample sample = Sample.fetch(BASE_URL, EMAIL, PASSWORD, POOL_SIZE);
    private final String bearer = "Bearer " + sample.token;

    {
        int[] weights = new int[WEIGHTS.length];
        for (int i = 0; i < weights.length; i++) weights[i] = CHOSEN.contains(SCENARIOS.get(i)) ? WEIGHTS[i] : 0;
        int[] users = share(USERS, weights);
        System.out.printf("Users: sign-in %d, search %d, lists %d, pos %d, invoice %d, reports %d; %d s after a %d s ramp%n",
                users[0], users[1], users[2], users[3], users[4], users[5], DURATION, RAMP);
        List<PopulationBuilder> populations = new ArrayList<>();
        add(populations, users[0], n -> closed(signingIn(), n));
        add(populations, users[1], n -> looping(searching(), n));
        add(populations, users[2], n -> looping(browsingListsAndPeeks(), n));
        add(populations, users[3], n -> looping(lookingUpStockIds(), n));
        add(populations, users[4], n -> closed(sellingAndTendering(), n));
        add(populations, users[5], n -> looping(runningReports(), n));
        setUp(populations).protocols(protocol()).maxDuration(Duration.ofSeconds(RAMP + DURATION + 60L));
    }

    private HttpProtocolBuilder protocol() {
        return http.baseUrl(BASE_URL)
                .acceptHeader("text/html,application/json;q=0.9,*/*;q=0.8")
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("JewelTrak benchmark (Gatling)");
    }

    // ---- scenarios ----

    /** (a) The real form login: the page for its CSRF token, the post, the dashboard it lands on. */
    private ScenarioBuilder signingIn() {
        return scenario("sign-in").exec(signIn()).exec(think());
    }

    /** (b) The top bar's search: the type-ahead (htmx) and the results page, for names and StockIDs of the tenant. */
    private ScenarioBuilder searching() {
        return scenario("search").exec(signIn()).during(Duration.ofSeconds(DURATION)).on(
                feed(feeder(() -> Map.of("term", Sample.any(sample.searchTerms))))
                        .exec(http("search: type-ahead").get("/search").queryParam("q", "#{term}")
                                .header("HX-Request", "true").header("HX-Target", "searchSuggestions")
                                .check(status().is(200)))
                        .exec(think())
                        .exec(http("search: results").get("/search").queryParam("q", "#{term}").check(status().is(200)))
                        .exec(think()));
    }

    /** (c) The lists a store opens most, and Quick Peeks of a contact, an item and an invoice. */
    private ScenarioBuilder browsingListsAndPeeks() {
        return scenario("lists").exec(signIn()).during(Duration.ofSeconds(DURATION)).on(
                feed(feeder(() -> Map.of("contactId", Sample.any(sample.contactIds), "itemId", Sample.any(sample.jewelryIds),
                        "invoiceId", Sample.any(sample.invoiceIds))))
                        .exec(http("list: contacts").get("/contacts").check(status().is(200))).exec(think())
                        .exec(http("peek: contact").get("/peek/contact/#{contactId}").header("HX-Request", "true")
                                .check(status().is(200))).exec(think())
                        .exec(http("list: jewelry").get("/inventory/jewelry").check(status().is(200))).exec(think())
                        .exec(http("peek: jewelry").get("/peek/jewelry/#{itemId}").header("HX-Request", "true")
                                .check(status().is(200))).exec(think())
                        .exec(http("list: invoices").get("/sales/invoices").check(status().is(200))).exec(think())
                        .exec(http("peek: invoice").get("/peek/invoice/#{invoiceId}").header("HX-Request", "true")
                                .check(status().is(200))).exec(think()));
    }

    /** (d) The counter scanning or typing a StockID. */
    private ScenarioBuilder lookingUpStockIds() {
        return scenario("pos").during(Duration.ofSeconds(DURATION)).on(
                feed(feeder(() -> Map.of("stockId", Sample.encode(Sample.any(sample.stockIds)))))
                        .exec(http("pos: lookup by StockID").get("/api/v1/items/by-stock-id/#{stockId}")
                                .header("Authorization", bearer).check(status().is(200)))
                        .exec(think()));
    }

    /**
     * (e) An invoice for a customer with 5 in-stock item lines (5 non-stock lines once the pool of items is used up),
     * finalized and paid in cash with Idempotency-Keys — no pauses: this is the throughput scenario.
     */
    private ScenarioBuilder sellingAndTendering() {
        return scenario("invoice")
                .exec(session -> session.set("customerId", Sample.any(sample.customerIds))
                        .set("lines", fiveLines()).set("finalizeKey", UUID.randomUUID().toString())
                        .set("tenderKey", UUID.randomUUID().toString()))
                .exec(http("invoice: create").post("/api/v1/invoices").header("Authorization", bearer)
                        .body(StringBody("{\"storeId\": " + sample.storeId + ", \"customerId\": #{customerId}}")).asJson()
                        .check(status().is(201), jsonPath("$.id").saveAs("invoiceId")))
                .foreach("#{lines}", "line").on(
                        exec(http("invoice: add line").post("/api/v1/invoices/#{invoiceId}/lines")
                                .header("Authorization", bearer).body(StringBody("#{line}")).asJson()
                                .check(status().is(201))))
                .exec(http("invoice: finalize").post("/api/v1/invoices/#{invoiceId}/finalize")
                        .header("Authorization", bearer).header("Idempotency-Key", "#{finalizeKey}")
                        .check(status().is(200), jsonPath("$.totals.balance").saveAs("balance")))
                .exec(http("invoice: tender").post("/api/v1/invoices/#{invoiceId}/payments")
                        .header("Authorization", bearer).header("Idempotency-Key", "#{tenderKey}")
                        .body(StringBody("{\"method\": \"CASH\", \"amount\": \"#{balance}\"}")).asJson()
                        .check(status().is(201)));
    }

    /** (f) AR Aging as of today and Gross Profit over the last year. */
    private ScenarioBuilder runningReports() {
        LocalDate to = LocalDate.now();
        LocalDate from = to.minusYears(1).plusDays(1);
        return scenario("reports").during(Duration.ofSeconds(DURATION)).on(
                exec(http("report: AR aging").get("/api/v1/reports/ar-aging").header("Authorization", bearer)
                        .check(status().is(200)))
                        .exec(think())
                        .exec(http("report: GP year").get("/api/v1/reports/gross-profit?from=" + from + "&to=" + to)
                                .header("Authorization", bearer).check(status().is(200)))
                        .exec(think()));
    }

    // ---- parts ----

    private static ChainBuilder signIn() {
        return exec(http("sign-in: login page").get("/login")
                .check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")))
                .exec(http("sign-in: submit").post("/login").disableFollowRedirect()
                        .formParam("email", EMAIL).formParam("password", PASSWORD).formParam("_csrf", "#{csrf}")
                        .check(status().is(302), header("Location").transform(l -> l.contains("error")).is(false)))
                .exec(http("sign-in: dashboard").get("/").check(status().is(200)));
    }

    private static ChainBuilder think() {
        if (THINK <= 0) return exec(session -> session);
        return pause(Duration.ofMillis(Math.round(THINK * 500)), Duration.ofMillis(Math.round(THINK * 1500)));
    }

    private List<String> fiveLines() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String stockId = sample.forSale.poll();
            lines.add(stockId != null
                    ? "{\"kind\": \"ITEM\", \"stockId\": \"" + stockId + "\"}"
                    : "{\"kind\": \"NON_STOCK\", \"description\": \"Benchmark chain\", \"unitPrice\": \"49.00\"}");
        }
        return lines;
    }

    private static PopulationBuilder looping(ScenarioBuilder scenario, int users) {
        return scenario.injectOpen(rampUsers(users).during(Duration.ofSeconds(RAMP)));
    }

    private static PopulationBuilder closed(ScenarioBuilder scenario, int users) {
        return scenario.injectClosed(rampConcurrentUsers(0).to(users).during(Duration.ofSeconds(RAMP)),
                constantConcurrentUsers(users).during(Duration.ofSeconds(DURATION)));
    }

    private static void add(List<PopulationBuilder> populations, int users,
                            java.util.function.IntFunction<PopulationBuilder> population) {
        if (users > 0) populations.add(population.apply(users));
    }

    private static Iterator<Map<String, Object>> feeder(Supplier<Map<String, Object>> next) {
        return Stream.generate(next).iterator();
    }

    /** total users shared by weight (largest remainder), every weighted scenario at least one when there are enough. */
    static int[] share(int total, int[] weights) {
        int sum = 0;
        for (int w : weights) sum += w;
        if (sum == 0) throw new IllegalArgumentException("No scenario chosen; -Dscenarios= takes " + SCENARIOS);
        int[] users = new int[weights.length];
        double[] remainder = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = (double) total * weights[i] / sum;
            users[i] = (int) exact;
            remainder[i] = weights[i] == 0 ? -2 : exact - users[i];
            given += users[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) if (remainder[i] > remainder[best]) best = i;
            users[best]++;
            remainder[best] = -1;
            given++;
        }
        int weighted = 0;
        for (int w : weights) if (w > 0) weighted++;
        if (total >= weighted) {
            for (int i = 0; i < weights.length; i++) {
                if (users[i] == 0 && weights[i] > 0) {
                    int most = 0;
                    for (int j = 1; j < weights.length; j++) if (users[j] > users[most]) most = j;
                    users[most]--;
                    users[i]++;
                }
            }
        }
        return users;
    }
}
