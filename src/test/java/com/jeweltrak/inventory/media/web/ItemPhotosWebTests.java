package com.jeweltrak.inventory.media.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;

import com.jayway.jsonpath.JsonPath;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.inventory.media.TestImages;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The item page's Photos tab, the images it serves and the photos API (04-inventory §Photos & Video). */
@IntegrationTest
class ItemPhotosWebTests {

    static TestTenants.Tenant tenant;

    @Autowired MockMvc mvc;
    @Autowired ReceivingAnItem receiving;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("item-photos-web");
    }

    // R2, R6: several photos at once from the tab; the first becomes the primary (starred)
    @Test
    void severalPhotosUploadedAtOnceShowInTheTabWithTheFirstStarred() throws Exception {
        ItemId ring = ring();
        mvc.perform(multipart("/inventory/items/" + ring.value() + "/photos")
                        .file(png("front.png")).file(png("side.png"))
                        .with(tenant.owner().signedIn()).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 photos added.")))
                .andExpect(content().string(containsString("★ Primary")))
                .andExpect(content().string(containsString("Photo 2 of StockID")));
    }

    // R6: a file that is not an image is refused with the message beside the upload field; the tab stays
    @Test
    void aNonImageUploadShowsItsMessageBesideTheUploadField() throws Exception {
        ItemId ring = ring();
        mvc.perform(multipart("/inventory/items/" + ring.value() + "/photos")
                        .file(new MockMultipartFile("photos", "invoice.pdf", "application/pdf", "%PDF-1.4\n".getBytes()))
                        .with(tenant.owner().signedIn()).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"photosError\"")))
                .andExpect(content().string(containsString("invoice.pdf is not a JPG, PNG or WebP image.")))
                .andExpect(content().string(containsString("No photos yet.")));
    }

    // R6: an unreachable link is refused beside the URL field, and what was typed is kept
    @Test
    void anUnreachableLinkIsRefusedBesideTheFieldKeepingWhatWasTyped() throws Exception {
        ItemId ring = ring();
        mvc.perform(post("/inventory/items/" + ring.value() + "/photos/link").param("url", "http://127.0.0.1:1/gone.png")
                        .with(tenant.owner().signedIn()).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"http://127.0.0.1:1/gone.png\"")))
                .andExpect(content().string(containsString("That link could not be reached")))
                .andExpect(content().string(containsString("No photos yet.")));
    }

    // brief K2 §2: images are served after the item's view check, thumbnails with long private caching
    @Test
    void aThumbnailIsServedAsJpegWithLongPrivateCaching() throws Exception {
        ItemId ring = ring();
        String listed = upload(ring);
        int photo = JsonPath.read(listed, "$[0].id");
        mvc.perform(get("/inventory/items/" + ring.value() + "/photos/" + photo + "/small").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/jpeg"))
                .andExpect(header().string("Cache-Control", containsString("max-age=31536000")))
                .andExpect(header().string("Cache-Control", containsString("private")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get("/inventory/items/" + ring.value() + "/photos/header").with(tenant.owner().signedIn()))
                .andExpect(content().string(containsString("/photos/" + photo + "/small")));
        String small = JsonPath.read(listed, "$[0].smallUrl");
        mvc.perform(get(small).with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/jpeg"));
    }

    // R5, R9 over the API: star the second photo, then delete the first; one photo is left, primary
    @Test
    void theApiMovesTheStarAndDeletesAPhoto() throws Exception {
        ItemId ring = ring();
        String listed = upload(ring);
        int first = JsonPath.read(listed, "$[0].id");
        int second = JsonPath.read(listed, "$[1].id");
        String base = "/api/v1/items/" + ring.value() + "/photos";

        mvc.perform(post(base + "/" + second + "/primary").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].primary").value(false))
                .andExpect(jsonPath("$[1].primary").value(true));
        mvc.perform(delete(base + "/" + first).with(tenant.owner().signedIn())).andExpect(status().isNoContent());
        mvc.perform(get(base).with(tenant.owner().signedIn()))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(second))
                .andExpect(jsonPath("$[0].primary").value(true));
    }

    // R6 over the API: a refused photo is a 422 naming the field
    @Test
    void theApiRefusesANonImageWith422() throws Exception {
        ItemId ring = ring();
        mvc.perform(multipart("/api/v1/items/" + ring.value() + "/photos")
                        .file(new MockMultipartFile("photos", "x.txt", "image/png", "hello".getBytes()))
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(jsonPath("$.errors.photos").value(containsString("not a JPG, PNG or WebP")));
    }

    private String upload(ItemId ring) throws Exception {
        return mvc.perform(multipart("/api/v1/items/" + ring.value() + "/photos").file(png("a.png")).file(png("b.png"))
                        .with(tenant.owner().signedIn()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
    }

    private static MockMultipartFile png(String name) {
        return new MockMultipartFile("photos", name, "image/png", TestImages.png(80, 60));
    }

    private ItemId ring() {
        return as(() -> receiving.receive(new Item(null, 0, tenant.store(), "Ring", null, "Halo ring", null, true,
                LocalDate.of(2026, 11, 1), new BigDecimal("500.00"), new Item.Prices(null, null, null, new BigDecimal("1500.00")),
                null, new JewelryDetails("Yellow Gold", "14K", null, new BigDecimal("7"), null, "LADIES", "NEW")), NewStock.one()));
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> work.get()));
    }
}
