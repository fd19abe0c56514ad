package com.jeweltrak.inventory.tags.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.users.BuiltInGroups;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Tag tab and the print queue on the real database (04-inventory §Printing Barcode Tags). */
@IntegrationTest
class TagPagesTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;
    static ItemId ring;
    static ItemId othersRing;
    static ItemId uptownRing;
    static TestTenants.Person sales;

    @Autowired MockMvc mvc;
    @Autowired Items items;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants, @Autowired ReceivingAnItem receiving,
                            @Autowired TransactionTemplate transactions) {
        tenant = tenants.open("tags");
        other = tenants.open("tags-other");
        ring = receive(tenant, receiving, transactions);
        sales = tenants.addPerson(tenant, "Sal", Set.of(tenant.group(BuiltInGroups.SALES)), Set.of());
        StoreId uptown = tenants.addStore(tenant, "Uptown");
        uptownRing = receive(tenant, uptown, receiving, transactions);
        // the other tenant's fourth item: this class gives its own tenant two items, so that StockID is never one of theirs
        for (int i = 0; i < 3; i++) receive(other, receiving, transactions);
        othersRing = receive(other, receiving, transactions);
    }

    private static ItemId receive(TestTenants.Tenant t, ReceivingAnItem receiving, TransactionTemplate transactions) {
        return receive(t, t.store(), receiving, transactions);
    }

    private static ItemId receive(TestTenants.Tenant t, StoreId store, ReceivingAnItem receiving,
                                  TransactionTemplate transactions) {
        Item item = new Item(null, 0, store, "Ring", null, "Solitaire ring", null, true, LocalDate.of(2026, 11, 1),
                new BigDecimal("400"), new Item.Prices(null, null, null, new BigDecimal("1250")), null,
                new JewelryDetails("Yellow Gold", "14K", new BigDecimal("3.2"), null, null, null, null));
        return TenantContext.callAs(t.id(), t.owner().id(),
                () -> transactions.execute(s -> receiving.receive(item, new NewStock(new BigDecimal("2"), null))));
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), work::get);
    }

    private String stockId(TestTenants.Tenant t, ItemId id) {
        return TenantContext.callAs(t.id(), t.owner().id(), () -> items.get(id).stockId());
    }

    private MockHttpServletResponse download(String url) throws Exception {
        return mvc.perform(get(url).with(tenant.owner().signedIn())).andExpect(status().isOk()).andReturn().getResponse();
    }

    // 04-inventory §Printing Barcode Tags R1, R5: the item's tag as a PDF, one page per copy, with its StockID
    @Test
    void itemTagDownloadsAsAPdfWithOnePagePerCopy() throws Exception {
        var response = download("/inventory/items/" + ring.value() + "/tag/pdf?style=TT365&copies=2");
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(new PDFTextStripper().getText(pdf)).contains(stockId(tenant, ring), "$1,250.00", "14K Yellow Gold");
        }
    }

    // 04-inventory §Printing Barcode Tags R6: ZPL for a Zebra printer, as text
    @Test
    void itemTagDownloadsAsZplWithACode128OfTheStockId() throws Exception {
        var response = download("/inventory/items/" + ring.value() + "/tag/zpl?style=TT360B&copies=1");
        assertThat(response.getContentType()).startsWith("text/plain");
        assertThat(response.getContentAsString()).contains("^XA", "^BC", "^FD" + stockId(tenant, ring) + "^FS", "^XZ");
    }

    // 04-inventory §Printing Barcode Tags R7: printing a tag changes no quantity
    @Test
    void printingATagDoesNotChangeInventory() throws Exception {
        BigDecimal before = as(() -> items.get(ring).quantities().inStock());
        download("/inventory/items/" + ring.value() + "/tag/pdf?style=TT360B&copies=3");
        assertThat(as(() -> items.get(ring).quantities().inStock())).isEqualByComparingTo(before);
    }

    // 04-inventory §Printing Barcode Tags R4: the style and copies last printed are offered next time
    @Test
    void tagTabOffersTheStyleAndCopiesLastPrinted() throws Exception {
        download("/inventory/items/" + ring.value() + "/tag/zpl?style=LABEL_2_25_X_1_25&copies=4");
        String tab = mvc.perform(get("/inventory/items/" + ring.value() + "/tag").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tab).containsPattern("value=\"LABEL_2_25_X_1_25\"\\s+selected").contains("value=\"4\"");
    }

    // 04-inventory §Printing Barcode Tags R1: the preview is an image of the tag
    @Test
    void tagPreviewIsAPngImage() throws Exception {
        var response = download("/inventory/items/" + ring.value() + "/tag/preview?style=TT365");
        assertThat(response.getContentType()).isEqualTo("image/png");
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(response.getContentAsByteArray()))).isNotNull();
    }

    // design rule: another tenant's item is not found, its tag neither
    @Test
    void anotherTenantsItemTagIsNotFound() throws Exception {
        mvc.perform(get("/inventory/items/" + othersRing.value() + "/tag/pdf?style=TT365&copies=1")
                .with(tenant.owner().signedIn())).andExpect(status().isNotFound());
    }

    // 04-inventory §Printing Barcode Tags R2: a scanned StockID joins the queue, and Print all prints every row
    @Test
    void queueAddsByStockIdAndPrintsAllRows() throws Exception {
        // the queue lives in the JDBC-stored session, which the SESSION cookie names
        Cookie session = mvc.perform(post("/inventory/print-tags").with(tenant.owner().signedIn()).with(csrf())
                        .param("stockId", stockId(tenant, ring)).param("copies", "2"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
        String page = mvc.perform(get("/inventory/print-tags").cookie(session).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Solitaire ring");
        var pdf = mvc.perform(post("/inventory/print-tags/print").cookie(session).with(tenant.owner().signedIn())
                        .with(csrf()).param("style", "TT365").param("format", "pdf")
                        .param("itemId", String.valueOf(ring.value())).param("copies", "3"))
                .andExpect(status().isOk()).andReturn().getResponse();
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
        }
    }

    // 04-inventory §Printing Barcode Tags R2: an unknown StockID is refused beside the box, the queue unchanged
    @Test
    void queueRefusesAnUnknownStockIdWithAMessage() throws Exception {
                String page = mvc.perform(post("/inventory/print-tags").with(tenant.owner().signedIn())
                        .with(csrf()).param("stockId", "999999999"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("No item has StockID 999999999.").contains("No tags queued");
    }

    // design rule: another tenant's StockID is as unknown as one never issued
    @Test
    void queueRefusesAnotherTenantsStockId() throws Exception {
        String othersStockId = stockId(other, othersRing);
        String mine = stockId(tenant, ring);
        assertThat(othersStockId).isNotEqualTo(mine);
        String page = mvc.perform(post("/inventory/print-tags")
                        .with(tenant.owner().signedIn()).with(csrf()).param("stockId", othersStockId))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("No item has StockID " + othersStockId + ".");
    }

    // decision 7 (store access on every request): an item of a store one does not work in has no tag to print
    @Test
    void itemOfAStoreOneHasNoAccessToHasNoTagAndCannotBeQueued() throws Exception {
        mvc.perform(get("/inventory/items/" + uptownRing.value() + "/tag/pdf").with(sales.signedIn()))
                .andExpect(status().isNotFound());
        String page = mvc.perform(post("/inventory/print-tags").with(sales.signedIn()).with(csrf())
                        .param("stockId", stockId(tenant, uptownRing)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("No item has StockID " + stockId(tenant, uptownRing) + ".");
    }
}
