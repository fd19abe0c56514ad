package com.jeweltrak.inventory.styles;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.descriptions.AiEndpoints;
import com.jeweltrak.inventory.descriptions.AiSettings;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.options.LoadState;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In a real browser: a new ring from a style (04-inventory §Style Catalog R4) and its description written by
 * Generate ▾ → AI (§Generating Descriptions R3–R5), against a local OpenAI-compatible stub that takes a moment.
 */
class StyleToItemBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;
    static HttpServer stub;
    static String number;

    @BeforeAll
    static void prepare(@Autowired TestTenants tenants, @Autowired SavingAStyle saving, @Autowired AiEndpoints endpoints,
                        @Autowired TransactionTemplate transactions) throws IOException {
        tenant = tenants.open("style-browser");
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/v1/chat/completions", exchange -> {
            exchange.getRequestBody().readAllBytes();
            try {
                Thread.sleep(1500); // long enough to see the button say "Generating…"
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] answer = "{\"choices\": [{\"message\": {\"content\": \"18K rose gold milgrain halo ring.\"}}]}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        stub.start();
        number = "HB-" + UUID.randomUUID().toString().substring(0, 6);
        TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> {
            saving.add(new Style(null, number, Family.JEWELRY, "Milgrain halo ring", null, "Ring", "Rose Gold", "18K",
                    null, null, null, new BigDecimal("650"), new BigDecimal("1499"), null, true));
            endpoints.save(new AiSettings("http://127.0.0.1:" + stub.getAddress().getPort() + "/v1", "jt-test", 10, true,
                    false), "sk-browser", false);
            return null;
        }));
    }

    @AfterAll
    static void stop() {
        stub.stop(0);
    }

    // Style Catalog R4, R8 and Generating Descriptions R3–R5: pick the style, the form fills; Generate ▾ → AI puts
    // text in the field while the button says "Generating…"; Save keeps it and the item links to its style
    @Test
    void aRingMadeFromAStyleGetsAGeneratedDescription() {
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate(baseUrl() + "/inventory/items/new?family=jewelry");
        page.waitForLoadState(LoadState.LOAD);
        page.locator("#fromStyleSearch").fill(number);
        page.locator("#fromStyleResults a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(number)).click();
        page.waitForLoadState(LoadState.LOAD);
        assertThat(page.locator("#fromStyleChosen")).containsText(number);
        assertThat(page.locator("#description")).hasValue("Milgrain halo ring");
        assertThat(page.locator("#metal")).hasValue("Rose Gold");

        page.locator("#generateToggle").click();
        page.locator("#generateAi").click();
        assertThat(page.locator("#generateToggle")).containsText("Generating…");
        assertThat(page.locator("#description")).hasValue("18K rose gold milgrain halo ring.");
        assertThat(page.locator("#generateToggle")).isEnabled();
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(java.nio.file.Paths.get("target", "screenshots", "item-from-style.png")).setFullPage(true));

        page.locator("#saveItem").click();
        page.waitForLoadState(LoadState.LOAD);
        assertThat(page.locator("#sharedFields")).containsText("18K rose gold milgrain halo ring.");
        assertThat(page.locator("#itemStyle")).hasText(number);
    }
}
