package com.jeweltrak.inventory.descriptions;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.inventory.stones.AddingASetStone;
import com.jeweltrak.inventory.stones.SetStoneDetails;
import com.jeweltrak.inventory.stones.StoneCategory;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Generate ▾ → AI and Template on the item form, against a local OpenAI-compatible stub (04-inventory
 * §Generating Descriptions R1–R10).
 */
@IntegrationTest
class GeneratingDescriptionsTests {

    static final String GENERATED = "14K white gold cathedral solitaire ring, 3.5 g.";

    static TestTenants.Tenant tenant;
    static HttpServer stub;
    static final List<Request> received = new CopyOnWriteArrayList<>();
    static volatile int delayMillis;

    record Request(String method, String path, String authorization, String body) {
    }

    @Autowired MockMvc mvc;
    @Autowired AiEndpoints endpoints;
    @Autowired DescriptionTemplates templates;
    @Autowired ReceivingAnItem receiving;
    @Autowired AddingASetStone setStones;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void start(@Autowired TestTenants tenants) throws IOException {
        tenant = tenants.open("descriptions");
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/v1/chat/completions", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"), body));
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] answer = ("{\"id\": \"x\", \"choices\": [{\"index\": 0, \"message\": {\"role\": \"assistant\", \"content\": \""
                    + GENERATED + "\"}}]}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        stub.start();
    }

    @AfterAll
    static void stop() {
        stub.stop(0);
    }

    @BeforeEach
    void reset() {
        received.clear();
        delayMillis = 0;
        configure("http://127.0.0.1:" + stub.getAddress().getPort() + "/v1", 5);
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> work.get()));
    }

    private void configure(String baseUrl, int timeoutSeconds) {
        as(() -> {
            endpoints.save(new AiSettings(baseUrl, "jt-test-model", timeoutSeconds, true, false), "sk-test-secret", false);
            return null;
        });
    }

    private ItemId ring() {
        return as(() -> receiving.receive(new Item(null, 0, tenant.store(), "Ring", null, "Old text", null, true,
                LocalDate.of(2026, 11, 1), new BigDecimal("400"), null, null,
                new JewelryDetails("White Gold", "14K", new BigDecimal("3.5"), null, null, null, null)), NewStock.one()));
    }

    private long itemCount() {
        return as(() -> jdbc.sql("select count(*) from item").query(Long.class).single());
    }

    // R2, R3, R5: the form's values go to {base}/chat/completions with the model and the key; the text comes back
    // in the field of an unsaved item, and nothing is saved
    @Test
    void aiDescribesAnUnsavedItemFromTheFormsValues() throws Exception {
        long before = itemCount();
        mvc.perform(post("/inventory/descriptions/ai").with(tenant.owner().signedIn()).with(csrf())
                        .param("family", "jewelry").param("category", "Ring").param("metal", "White Gold")
                        .param("karat", "14K").param("metalWeightGrams", "3.5").param("description", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(GENERATED)))
                .andExpect(content().string(containsString("id=\"descriptionField\"")));
        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.path()).isEqualTo("/v1/chat/completions");
            assertThat(r.authorization()).isEqualTo("Bearer sk-test-secret");
            assertThat((String) JsonPath.read(r.body(), "$.model")).isEqualTo("jt-test-model");
            assertThat((String) JsonPath.read(r.body(), "$.messages[0].role")).isEqualTo("system");
            assertThat((String) JsonPath.read(r.body(), "$.messages[0].content")).contains("wholesale", "Use only the facts");
            assertThat((String) JsonPath.read(r.body(), "$.messages[1].content"))
                    .contains("Item type: Jewelry", "Metal: White Gold", "Karat / purity: 14K", "Metal weight: 3.5 g");
        });
        assertThat(itemCount()).isEqualTo(before);
    }

    // R10: an endpoint that is down leaves the field as it was and says so
    @Test
    void aDownEndpointLeavesTheFieldUnchanged() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        configure("http://127.0.0.1:" + closedPort + "/v1", 2);
        mvc.perform(post("/inventory/descriptions/ai").with(tenant.owner().signedIn()).with(csrf())
                        .param("family", "jewelry").param("category", "Ring").param("description", "Typed by hand"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Typed by hand")))
                .andExpect(content().string(containsString("could not be reached")));
    }

    // R10: a slow endpoint is given up on after the configured seconds, the field unchanged
    @Test
    void aSlowEndpointTimesOutAndLeavesTheFieldUnchanged() throws Exception {
        configure("http://127.0.0.1:" + stub.getAddress().getPort() + "/v1", 1);
        delayMillis = 2500;
        mvc.perform(post("/inventory/descriptions/ai").with(tenant.owner().signedIn()).with(csrf())
                        .param("family", "jewelry").param("category", "Ring").param("description", "Kept as typed"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kept as typed")))
                .andExpect(content().string(containsString("did not answer within 1 seconds")));
    }

    // R5: saving the item never calls the endpoint
    @Test
    void savingAnItemNeverCallsTheEndpoint() throws Exception {
        mvc.perform(post("/inventory/items").with(tenant.owner().signedIn()).with(csrf())
                        .param("family", "jewelry").param("storeId", tenant.store().toString()).param("category", "Ring")
                        .param("description", "").param("cost", "100").param("quantity", "1")
                        .param("purchaseDate", "2026-11-20"))
                .andExpect(status().is3xxRedirection());
        assertThat(received).isEmpty();
    }

    // R2: a saved item's facts include its StockID
    @Test
    void aiOnASavedItemSendsItsStockId() throws Exception {
        ItemId ring = ring();
        String stockId = as(() -> jdbc.sql("select stock_number::text from item where id = ?").param(ring.value())
                .query(String.class).single());
        mvc.perform(post("/inventory/items/" + ring.value() + "/description/ai").with(tenant.owner().signedIn()).with(csrf())
                        .param("family", "jewelry").param("category", "Ring").param("metal", "Yellow Gold")
                        .param("description", "Old text"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(GENERATED)));
        assertThat(received).singleElement().satisfies(r -> assertThat((String) JsonPath.read(r.body(), "$.messages[1].content"))
                .contains("StockID: " + stockId, "Metal: Yellow Gold"));
    }

    // R2: a saved piece's set stones and their certificate numbers are among the facts
    @Test
    void aiOnASavedItemSendsItsSetStonesAndCertificates() throws Exception {
        ItemId ring = ring();
        as(() -> setStones.add(ring, new SetStoneDetails(StoneCategory.WHITE_DIAMOND, null, 1, new BigDecimal("0.50"), "Round",
                "G", "VS1", null, null, "GIA", "2141438171")));
        mvc.perform(post("/inventory/items/" + ring.value() + "/description/ai").with(tenant.owner().signedIn()).with(csrf())
                        .param("family", "jewelry").param("category", "Ring").param("description", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString(GENERATED)));
        assertThat(received).singleElement().satisfies(r -> assertThat((String) JsonPath.read(r.body(), "$.messages[1].content"))
                .contains("Set stone: Diamond 0.5 ct Round G VS1, GIA 2141438171"));
    }

    // R6: Template fills the saved item's description from the family's template and the form's values
    @Test
    void templateFillsASavedItemsDescription() throws Exception {
        as(() -> {
            templates.set(com.jeweltrak.inventory.Family.JEWELRY, "{karat} {metal} {category}[, {weight}] #{stockId}");
            return null;
        });
        ItemId ring = ring();
        mvc.perform(post("/inventory/items/" + ring.value() + "/description/template").with(tenant.owner().signedIn())
                        .with(csrf()).param("family", "jewelry").param("category", "Ring").param("metal", "White Gold")
                        .param("karat", "14K").param("description", "Old text"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("14K White Gold Ring #")));
        // R6: on the edit form the menu offers Template; on a new item it does not
        mvc.perform(get("/inventory/items/" + ring.value() + "/edit").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"generateTemplate\"")))
                .andExpect(content().string(containsString("id=\"generateAi\"")));
        mvc.perform(get("/inventory/items/new").param("family", "jewelry").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("id=\"generateTemplate\""))))
                .andExpect(content().string(containsString("id=\"generateAi\"")));
        assertThat(received).isEmpty();
    }

    // R6: on save, a template with an unknown token is refused with a message naming it
    @Test
    void settingsRefuseATemplateWithAnUnknownToken() throws Exception {
        mvc.perform(post("/settings/descriptions/templates").with(tenant.owner().signedIn()).with(csrf())
                        .param("watch", "{brand} {sparkle}"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("{sparkle} is not a watch token")));
    }

    // The API key is never shown back on the settings page
    @Test
    void theApiKeyIsNeverShownBack() throws Exception {
        mvc.perform(get("/settings/descriptions").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A key is set")))
                .andExpect(content().string(not(containsString("sk-test-secret"))));
        assertThat(as(() -> jdbc.sql("select count(*) from audit_log where coalesce(after_row::text, '') || coalesce(before_row::text, '') like '%sk-test-secret%'")
                .query(Long.class).single())).isZero();
    }
}
