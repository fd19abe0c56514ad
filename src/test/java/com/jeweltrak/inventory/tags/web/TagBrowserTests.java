package com.jeweltrak.inventory.tags.web;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.LoadState;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Printing an item's tag from its page (04-inventory §Printing Barcode Tags R1). */
class TagBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;
    static ItemId ring;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired ReceivingAnItem receiving,
                           @Autowired TransactionTemplate transactions) {
        tenant = tenants.open("tags-browser");
        Item item = new Item(null, 0, tenant.store(), "Ring", null, "Halo ring", null, true, LocalDate.of(2026, 11, 1),
                new BigDecimal("400"), new Item.Prices(null, null, null, new BigDecimal("990")), null,
                new JewelryDetails("White Gold", "18K", new BigDecimal("4.1"), null, null, null, null));
        ring = TenantContext.callAs(tenant.id(), tenant.owner().id(),
                () -> transactions.execute(s -> receiving.receive(item, new NewStock(BigDecimal.ONE, null))));
    }

    // 04-inventory §Printing Barcode Tags R1, R5: item page → Tag tab → Download PDF gives a PDF of the copies asked for
    @Test
    void tagTabDownloadsTheItemsTagAsAPdf() throws Exception {
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate(baseUrl() + "/inventory/items/" + ring.value());
        page.waitForLoadState(LoadState.LOAD);
        page.locator("#tagTabButton").click();
        page.locator("#tagStyle").selectOption("TT365");
        // the style change reloads the tab; wait for the new preview before typing
        page.waitForSelector("#tagPreview[src*='style=TT365']");
        page.locator("#tagCopies").fill("2");
        java.util.concurrent.atomic.AtomicReference<String> contentType = new java.util.concurrent.atomic.AtomicReference<>();
        page.onResponse(response -> {
            if (response.url().contains("/tag/pdf")) contentType.set(response.headerValue("content-type"));
        });
        Download download = page.waitForDownload(() -> page.locator("#downloadTagPdf").click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(download.suggestedFilename()).endsWith(".pdf");
        assertThat(contentType.get()).isEqualTo("application/pdf");
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
        }
    }
}
