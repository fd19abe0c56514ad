package jeweltrak.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Real records of the tenant under test, fetched once through the API before the load starts, so every search term,
 * peek, StockID and customer the virtual users ask for exists: contacts' last names and ids, invoice ids, item ids and
 * StockIDs, and a pool of in-stock items of the user's store that the invoice scenario sells — each one once, since a
 * sold item cannot be sold twice.
 */
final class Sample {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE = 200;

    final String token;
    final long storeId;
    final List<Long> customerIds = new ArrayList<>();
    final List<Long> contactIds = new ArrayList<>();
    final List<Long> invoiceIds = new ArrayList<>();
    final List<Long> jewelryIds = new ArrayList<>();
    final List<String> stockIds = new ArrayList<>();
    final List<String> searchTerms = new ArrayList<>();
    /** In-stock items of the store, not on memo: taken (removed) by the invoice scenario. */
    final ConcurrentLinkedQueue<String> forSale = new ConcurrentLinkedQueue<>();

    private final HttpClient client = HttpClient.newHttpClient();
    private final String baseUrl;

    private Sample(String baseUrl, String email, String password, int poolSize) {
        this.baseUrl = baseUrl;
        this.token = post("/api/v1/auth/tokens", "{\"email\": " + quote(email) + ", \"password\": " + quote(password)
                + ", \"name\": \"gatling benchmark\"}").get("token").asText();
        JsonNode me = get("/api/v1/me");
        this.storeId = me.hasNonNull("currentStoreId") ? me.get("currentStoreId").asLong()
                : me.get("stores").get(0).get("id").asLong();
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode c : get("/api/v1/contacts?size=" + PAGE).get("content")) {
            contactIds.add(c.get("id").asLong());
            if (c.hasNonNull("lastName") && c.get("lastName").asText().length() >= 3) names.add(c.get("lastName").asText());
            else if (c.hasNonNull("company")) names.add(c.get("company").asText());
        }
        for (JsonNode c : get("/api/v1/contacts?role=customer&size=" + PAGE).get("content")) customerIds.add(c.get("id").asLong());
        for (JsonNode i : get("/api/v1/invoices?size=" + PAGE).get("content")) invoiceIds.add(i.get("id").asLong());
        for (String family : List.of("jewelry", "watches", "diamonds", "colored-stones", "pearls")) {
            for (JsonNode i : get("/api/v1/items?family=" + family + "&size=" + PAGE).get("content")) {
                stockIds.add(i.get("stockId").asText());
                if (family.equals("jewelry")) jewelryIds.add(i.get("id").asLong());
            }
        }
        for (int page = 0; forSale.size() < poolSize; page++) {
            JsonNode found = get("/api/v1/items?family=jewelry&inStock=true&store=" + storeId + "&size=" + PAGE
                    + "&page=" + page + "&sort=stockId,asc").get("content");
            for (JsonNode i : found) {
                if (decimal(i, "onMemo") == 0 && decimal(i, "inStock") >= 1) forSale.add(i.get("stockId").asText());
            }
            if (found.size() < PAGE) break;
        }
        // a search box gets names (the most common), StockIDs and invoice numbers
        names.stream().limit(60).forEach(searchTerms::add);
        stockIds.stream().limit(20).forEach(searchTerms::add);
        require(!contactIds.isEmpty() && !customerIds.isEmpty() && !invoiceIds.isEmpty() && !jewelryIds.isEmpty(),
                "the tenant has no contacts, customers, invoices or jewelry to ask for");
        System.out.printf("Sample: store %d, %d contacts, %d customers, %d invoices, %d StockIDs, %d search terms, "
                        + "%d items for sale%n", storeId, contactIds.size(), customerIds.size(), invoiceIds.size(),
                stockIds.size(), searchTerms.size(), forSale.size());
    }

    static Sample fetch(String baseUrl, String email, String password, int poolSize) {
        return new Sample(baseUrl, email, password, poolSize);
    }

    static <T> T any(List<T> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static double decimal(JsonNode node, String field) {
        return node.hasNonNull(field) ? Double.parseDouble(node.get(field).asText()) : 0;
    }

    private JsonNode get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build());
    }

    private JsonNode post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            require(response.statusCode() / 100 == 2, request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach the app at " + baseUrl + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) throw new IllegalStateException("Benchmark setup: " + message);
    }
}
