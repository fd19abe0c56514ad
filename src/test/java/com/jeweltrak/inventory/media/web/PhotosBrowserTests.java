package com.jeweltrak.inventory.media.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.inventory.media.TestImages;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The Photos tab in a real browser: multipart upload through htmx, thumbnails shown, the star moved (R2, R5). */
class PhotosBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;
    static ItemId ring;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired ReceivingAnItem receiving,
                           @Autowired TransactionTemplate transactions) {
        tenant = tenants.open("photos-browser");
        Item item = new Item(null, 0, tenant.store(), "Ring", null, "Pavé band", null, true, LocalDate.of(2026, 11, 1),
                new BigDecimal("400"), new Item.Prices(null, null, null, new BigDecimal("990")), null,
                new JewelryDetails("White Gold", "18K", new BigDecimal("4.1"), null, null, null, null));
        ring = TenantContext.callAs(tenant.id(), tenant.owner().id(),
                () -> transactions.execute(s -> receiving.receive(item, new NewStock(BigDecimal.ONE, null))));
    }

    // R2, R5: two photos uploaded at once show as thumbnails, the first starred; starring the second moves the star
    @Test
    void photosUploadedFromThePhotosTabShowAndTheStarCanMove() {
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate(baseUrl() + "/inventory/items/" + ring.value());
        page.waitForLoadState(LoadState.LOAD);
        page.locator("#photosTabButton").click();
        page.waitForSelector("#photoFiles");
        page.locator("#photoFiles").setInputFiles(new FilePayload[] {
                new FilePayload("front.png", "image/png", TestImages.png(600, 400)),
                new FilePayload("side.png", "image/png", TestImages.png(400, 600))});
        page.locator("#uploadPhotosButton").click();
        page.waitForSelector("text=2 photos added.");

        assertThat(page.locator("#photoGrid .photo-card").count()).isEqualTo(2);
        assertThat(page.locator("#photoGrid .photo-card").first().locator(".photo-primary").count()).isEqualTo(1);
        page.waitForFunction("() => [...document.querySelectorAll('#photoGrid img')].every(i => i.complete && i.naturalWidth > 0)");

        page.locator("#photoGrid .photo-card").nth(1).locator(".make-primary").click();
        page.waitForSelector("text=Primary photo changed.");
        assertThat(page.locator("#photoGrid .photo-card").nth(1).locator(".photo-primary").count()).isEqualTo(1);
        assertThat(page.locator("#photoGrid .photo-primary").count()).isEqualTo(1);

        page.reload();
        page.waitForFunction("() => { const i = document.querySelector('#itemPrimaryPhoto img'); return i && i.complete && i.naturalWidth > 0; }");
    }
}
