package com.jeweltrak.inventory.media.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.stream.LongStream;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.inventory.media.AddingAPhoto;
import com.jeweltrak.inventory.media.ItemPhoto;
import com.jeweltrak.inventory.media.TestImages;
import com.jeweltrak.platform.tenancy.TenantContext;
import jakarta.servlet.http.Cookie;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Utilities → Bulk Image Download's page: the grid, the session selection, the counter (11-utilities R1–R5). */
@IntegrationTest
class BulkImageDownloadWebTests {

    static TestTenants.Tenant tenant;

    @Autowired MockMvc mvc;
    @Autowired ReceivingAnItem receiving;
    @Autowired com.jeweltrak.inventory.Items items;
    @Autowired AddingAPhoto adding;
    @Autowired TransactionTemplate transactions;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("bulk-images-web");
    }

    // R2, R4, R5: ticking a photo and "all photos of this item" add to one selection kept in the session; n / 200
    @Test
    void theSelectionIsKeptInTheSessionAndCounted() throws Exception {
        ItemId ring = ring();
        ItemPhoto first = photo(ring);
        photo(ring);
        photo(ring);
        var toggled = mvc.perform(post("/utilities/bulk-image-download/toggle").param("photoId", Long.toString(first.id()))
                        .param("selected", "on").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span id=\"selectedCount\">1</span> / <span>200</span>")))
                .andReturn();
        Cookie[] session = toggled.getResponse().getCookies();
        mvc.perform(post("/utilities/bulk-image-download/select-item").param("itemId", Long.toString(ring.value()))
                        .cookie(session).with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/utilities/bulk-image-download").cookie(session).with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span id=\"selectedCount\">3</span>")))
                .andExpect(content().string(containsString("All photos of this item")));
    }

    // R3, R4: over 200 selected, Download is disabled with the message, and a download asked for anyway is refused
    @Test
    void overTwoHundredSelectedDisablesDownloadWithTheMessage() throws Exception {
        ItemId ring = ring();
        as(() -> LongStream.rangeClosed(1, 201).mapToObj(n -> jdbc.sql(
                        "insert into item_photo (tenant_id, item_id, position, source, url) values (jt_current_tenant(), ?, ?, 'URL', ?)"
                                + " returning id").params(ring.value(), (int) n, "https://images.test.example/" + n + ".jpg")
                .query(Long.class).single()).toList());
        Cookie[] session = mvc.perform(post("/utilities/bulk-image-download/select-item").param("itemId", Long.toString(ring.value()))
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookies();
        assertThat(session).as("the session cookie").isNotEmpty();

        String page = mvc.perform(get("/utilities/bulk-image-download").cookie(session).with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("At most 200 photos per download")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("id=\"downloadZip\"\\s+disabled");

        mvc.perform(post("/utilities/bulk-image-download/download").cookie(session)
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", containsString("201 photos are selected")));
    }

    // R2, R6: Download starts the ZIP and opens its progress page, polled until "n of n photos — ready", then the ZIP
    @Test
    void aDownloadShowsItsProgressAndThenServesTheZip() throws Exception {
        ItemId ring = ring();
        photo(ring);
        Cookie[] session = mvc.perform(post("/utilities/bulk-image-download/select-item").param("itemId", Long.toString(ring.value()))
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andReturn().getResponse().getCookies();
        String location = mvc.perform(post("/utilities/bulk-image-download/download").cookie(session)
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/utilities/bulk-image-download/downloads/\\d+");

        String fragment = "";
        for (int i = 0; i < 100 && !fragment.contains("ready."); i++) {
            Thread.sleep(100);
            fragment = mvc.perform(get(location + "/progress").with(tenant.owner().signedIn()).header("HX-Request", "true"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        }
        assertThat(fragment).contains("1 of 1 photos — ready.").doesNotContain("hx-trigger");
        mvc.perform(get(location + "/zip").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/zip"));
    }

    // R4 (decision 9): Settings → Media switches video uploads on; the Photos tab then offers the upload
    @Test
    void switchingOnVideoUploadsOffersTheVideoUploadOnThePhotosTab() throws Exception {
        ItemId ring = ring();
        mvc.perform(post("/settings/media").param("videoUploads", "false").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/inventory/items/" + ring.value() + "/photos").with(tenant.owner().signedIn()))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"uploadVideo\""))))
                .andExpect(content().string(containsString("id=\"linkVideo\"")));

        mvc.perform(post("/settings/media").param("videoUploads", "true").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/settings/media").with(tenant.owner().signedIn()))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*id=\"videoUploads\"[^>]*checked.*")));
        mvc.perform(get("/inventory/items/" + ring.value() + "/photos").with(tenant.owner().signedIn()))
                .andExpect(content().string(containsString("id=\"uploadVideo\"")));
    }

    // R1: the search narrows the grid — by StockID, by category, by family
    @Test
    void theFiltersNarrowTheGrid() throws Exception {
        ItemId ring = ring();
        ItemId other = ring();
        photo(ring);
        photo(other);
        String stockId = as(() -> items.get(ring)).stockId();
        String otherStockId = as(() -> items.get(other)).stockId();

        mvc.perform(get("/utilities/bulk-image-download").param("q", stockId).with(tenant.owner().signedIn()))
                .andExpect(content().string(containsString("StockID " + stockId + "<")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("StockID " + otherStockId + "<"))));
        mvc.perform(get("/utilities/bulk-image-download").param("category", "ring").with(tenant.owner().signedIn()))
                .andExpect(content().string(containsString("StockID " + otherStockId + "<")));
        mvc.perform(get("/utilities/bulk-image-download").param("family", "watches").with(tenant.owner().signedIn()))
                .andExpect(content().string(containsString("No items with photos match.")));
    }

    private ItemPhoto photo(ItemId item) {
        return as(() -> adding.upload(item, "p.png", "image/png", TestImages.png(30, 30)));
    }

    private ItemId ring() {
        return as(() -> receiving.receive(new Item(null, 0, tenant.store(), "Ring", null, "Signet ring", null, true,
                LocalDate.of(2026, 11, 1), new BigDecimal("200.00"), new Item.Prices(null, null, null, new BigDecimal("600.00")),
                null, new JewelryDetails("Yellow Gold", "14K", null, new BigDecimal("9"), null, "GENTS", "NEW")), NewStock.one()));
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> work.get()));
    }
}
