package com.jeweltrak.inventory.styles;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.function.Supplier;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Style Catalog pages, "From style" on the new-item form, and the styles API (04-inventory §Style Catalog). */
@IntegrationTest
class StylePagesTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;

    @Autowired MockMvc mvc;
    @Autowired SavingAStyle saving;
    @Autowired Items items;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired StylePhotos stylePhotos;
    @Autowired com.jeweltrak.inventory.media.ItemPhotos itemPhotos;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants) {
        tenant = tenants.open("style-pages");
        other = tenants.open("style-pages-other");
    }

    private <T> T as(TestTenants.Tenant t, Supplier<T> work) {
        return TenantContext.callAs(t.id(), t.owner().id(), () -> transactions.execute(s -> work.get()));
    }

    private StyleId style(TestTenants.Tenant t, String number, BigDecimal retail) {
        return as(t, () -> saving.add(new Style(null, number, Family.JEWELRY, "Milgrain halo ring", null, "Ring",
                "Rose Gold", "18K", null, null, null, new BigDecimal("650"), retail, null, true)));
    }

    private static String number() {
        return "H-" + UUID.randomUUID().toString().substring(0, 8);
    }

    // R2: + New on the Style Catalog saves a style and shows its page
    @Test
    void newStyleIsSavedFromTheCatalogForm() throws Exception {
        String number = number();
        MvcResult saved = mvc.perform(post("/inventory/styles").with(tenant.owner().signedIn()).with(csrf())
                        .param("styleNumber", number).param("family", "jewelry").param("description", "Bypass ring")
                        .param("defaultCost", "120").param("defaultRetail", "399"))
                .andExpect(status().is3xxRedirection()).andReturn();
        mvc.perform(get(saved.getResponse().getRedirectedUrl()).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Bypass ring")));
        mvc.perform(get("/inventory/styles").param("q", number).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(containsString(number)));
    }

    // R10 and the list component: the catalog's Status filter shows deactivated styles apart
    @Test
    void catalogListFiltersByStatus() throws Exception {
        String prefix = "F" + UUID.randomUUID().toString().substring(0, 6);
        style(tenant, prefix + "-ACTIVE", null);
        StyleId retired = style(tenant, prefix + "-RETIRED", null);
        mvc.perform(post("/inventory/styles/" + retired + "/active").param("active", "false")
                .with(tenant.owner().signedIn()).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/inventory/styles").param("q", prefix).param("status", "inactive").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(prefix + "-RETIRED")))
                .andExpect(content().string(not(containsString(prefix + "-ACTIVE"))));
        mvc.perform(get("/inventory/styles").param("q", prefix).with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(prefix + "-RETIRED")))
                .andExpect(content().string(containsString(prefix + "-ACTIVE")));
    }

    // R2, R4: a colored-stone style (named by its record type, as forms do) is picked on a new colored stone
    @Test
    void coloredStoneStyleIsOfferedOnANewColoredStone() throws Exception {
        String number = number();
        mvc.perform(post("/inventory/styles").with(tenant.owner().signedIn()).with(csrf())
                        .param("styleNumber", number).param("family", "colored-stone").param("description", "Calibrated sapphire"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/inventory/styles/picker").param("family", "colored-stone").param("q", number)
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(containsString(number)));
        mvc.perform(get("/inventory/styles/picker").param("family", "jewelry").param("q", number)
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(number))));
    }

    // R2: styles are audited; the style's History lists its edits
    @Test
    void styleHistoryShowsItsEdits() throws Exception {
        String number = number();
        StyleId id = style(tenant, number, null);
        mvc.perform(put("/api/v1/styles/" + id).with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"styleNumber\": \"" + number + "\", \"family\": \"jewelry\", \"description\": \"Audited change\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/utilities/audit-log/history/style/" + id).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Audited change")));
    }

    // R9: a taken style number is refused beside the field, the typed values kept
    @Test
    void takenStyleNumberIsRefusedBesideTheField() throws Exception {
        String number = number();
        style(tenant, number, null);
        mvc.perform(post("/inventory/styles").with(tenant.owner().signedIn()).with(csrf())
                        .param("styleNumber", number.toLowerCase()).param("family", "jewelry").param("description", "Kept text"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("already exists")))
                .andExpect(content().string(containsString("Kept text")));
    }

    // R4, R11: From style re-renders the new-item form with the style's values; nothing is saved
    @Test
    void fromStylePrefillsTheNewItemFormWithoutSaving() throws Exception {
        String number = number();
        StyleId id = style(tenant, number, new BigDecimal("1499"));
        long before = as(tenant, () -> jdbc.sql("select count(*) from item").query(Long.class).single());
        mvc.perform(get("/inventory/items/new").param("family", "jewelry").param("fromStyle", id.toString())
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Milgrain halo ring")))
                .andExpect(content().string(containsString("value=\"Rose Gold\"")))
                .andExpect(content().string(containsString("value=\"650.00\"")))
                .andExpect(content().string(containsString("value=\"1499.00\"")))
                .andExpect(content().string(containsString("name=\"fromStyle\" value=\"" + id + "\"")));
        assertThat(as(tenant, () -> jdbc.sql("select count(*) from item").query(Long.class).single())).isEqualTo(before);
    }

    // R4, R8: the saved item names its style, shown on its page; a later style edit leaves the item alone
    @Test
    void itemSavedFromStyleLinksToItAndKeepsItsValues() throws Exception {
        String number = number();
        StyleId id = style(tenant, number, null);
        MvcResult saved = mvc.perform(post("/inventory/items").with(tenant.owner().signedIn()).with(csrf())
                        .param("family", "jewelry").param("storeId", tenant.store().toString()).param("category", "Ring")
                        .param("description", "Milgrain halo ring").param("cost", "650").param("quantity", "1")
                        .param("purchaseDate", "2026-11-20").param("taxable", "true").param("metal", "Rose Gold")
                        .param("fromStyle", id.toString()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String itemUrl = saved.getResponse().getRedirectedUrl();
        ItemId item = new ItemId(Long.parseLong(itemUrl.substring(itemUrl.lastIndexOf('/') + 1)));
        mvc.perform(put("/api/v1/styles/" + id).with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"styleNumber\": \"" + number + "\", \"family\": \"jewelry\", \"description\": \"Renamed\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.description").value("Renamed"));
        mvc.perform(get(itemUrl).with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/inventory/styles/" + id + "\"")))
                .andExpect(content().string(containsString("Milgrain halo ring")))
                .andExpect(content().string(not(containsString("Renamed"))));
        assertThat(as(tenant, () -> items.get(item)).description()).isEqualTo("Milgrain halo ring");
    }

    // R4, Photos & Video R7: an item made from a style starts with the style's photos, the primary first
    @Test
    void itemSavedFromStyleStartsWithTheStylesPhotos() throws Exception {
        StyleId id = style(tenant, number(), null);
        FileId photo = as(tenant, () -> stylePhotos.add(id, "halo.png", "image/png", com.jeweltrak.inventory.media.TestImages.png(40, 30)));
        MvcResult saved = mvc.perform(post("/inventory/items").with(tenant.owner().signedIn()).with(csrf())
                        .param("family", "jewelry").param("storeId", tenant.store().toString()).param("category", "Ring")
                        .param("description", "Milgrain halo ring").param("cost", "650").param("quantity", "1")
                        .param("purchaseDate", "2026-11-20").param("taxable", "true").param("metal", "Rose Gold")
                        .param("fromStyle", id.toString()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String itemUrl = saved.getResponse().getRedirectedUrl();
        ItemId item = new ItemId(Long.parseLong(itemUrl.substring(itemUrl.lastIndexOf('/') + 1)));
        var photos = as(tenant, () -> itemPhotos.of(item));
        assertThat(photos).hasSize(1);
        assertThat(photos.getFirst().file()).isEqualTo(photo);
        assertThat(photos.getFirst().primary()).isTrue();
    }

    // R10: deleting a style with items is refused with a message; the style stays
    @Test
    void deletingAStyleWithItemsIsRefusedOnItsPage() throws Exception {
        StyleId id = style(tenant, number(), null);
        mvc.perform(post("/inventory/items").with(tenant.owner().signedIn()).with(csrf())
                        .param("family", "jewelry").param("storeId", tenant.store().toString()).param("category", "Ring")
                        .param("cost", "650").param("quantity", "1").param("purchaseDate", "2026-11-20")
                        .param("fromStyle", id.toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/inventory/styles/" + id + "/delete").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flashError", containsString("cannot be deleted")));
        mvc.perform(get("/api/v1/styles/" + id).with(tenant.owner().signedIn())).andExpect(status().isOk());
    }

    // R10: the picker lists active styles of the family only
    @Test
    void pickerListsActiveStylesOnly() throws Exception {
        String number = number();
        StyleId id = style(tenant, number, null);
        mvc.perform(get("/inventory/styles/picker").param("family", "jewelry").param("q", number)
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("fromStyle=" + id)));
        mvc.perform(post("/inventory/styles/" + id + "/active").param("active", "false")
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/inventory/styles/picker").param("family", "jewelry").param("q", number)
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(number))));
        mvc.perform(get("/inventory/items/new").param("family", "jewelry").param("fromStyle", id.toString())
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isNotFound());
    }

    // API: create, list, get; a taken number is a 422 naming the field
    @Test
    void stylesApiCreatesListsAndRefusesATakenNumber() throws Exception {
        String number = number();
        String body = "{\"styleNumber\": \"" + number + "\", \"family\": \"jewelry\", \"defaultCost\": \"80\", \"defaultRetail\": \"199.5\"}";
        mvc.perform(post("/api/v1/styles").with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.defaultRetail").value("199.50"))
                .andExpect(jsonPath("$.active").value(true));
        mvc.perform(get("/api/v1/styles").param("q", number).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].styleNumber").value(number));
        mvc.perform(post("/api/v1/styles").with(tenant.owner().signedIn()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors.styleNumber").exists());
    }

    // Another tenant's style is not found, on the pages and in the API
    @Test
    void anotherTenantsStyleIsNotFound() throws Exception {
        StyleId theirs = style(other, number(), null);
        mvc.perform(get("/inventory/styles/" + theirs).with(tenant.owner().signedIn())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/styles/" + theirs).with(tenant.owner().signedIn())).andExpect(status().isNotFound());
        mvc.perform(get("/inventory/items/new").param("family", "jewelry").param("fromStyle", theirs.toString())
                .with(tenant.owner().signedIn())).andExpect(status().isNotFound());
    }
}
