package com.jeweltrak.reports.pricelists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;

import com.jeweltrak.inventory.DiamondDetails;
import com.jeweltrak.inventory.FamilyDetails;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.MovementKind;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.inventory.StockLedger;
import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** 09-reports §5 Sending a Price List to a Customer. */
@IntegrationTest
class PriceListTests {

    @Autowired TestTenants tenants;
    @Autowired ReceivingAnItem receiving;
    @Autowired Items items;
    @Autowired StockLedger ledger;
    @Autowired StoredFiles files;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired com.jeweltrak.inventory.media.AddingAPhoto photos;

    TestTenants.Tenant tenant;

    @BeforeEach
    void openTenant() {
        tenant = tenants.open("price-list");
    }

    @Test
    void thePdfShowsOnlyTheChosenPriceNeverCostOrTheOthers() throws Exception {
        // 09 §5 R2, R3: StockID, description and the chosen price only
        ItemId ring = jewelry("Emerald halo ring", "111.11", "222.22", "333.33", "444.44", "555.55");

        String text = text(pdf("PRICE2", ring));

        assertThat(text).contains("Price List", stockId(ring), "Emerald halo ring", "333.33", "Price 2");
        assertThat(text).doesNotContain("111.11", "222.22", "444.44", "555.55");
    }

    @Test
    void anItemWithAPhotoShowsItsThumbnail() throws Exception {
        // 09 §5 R3: StockID, photo, description, price
        ItemId withPhoto = jewelry("Photographed ring", "10.00", "20.00", "30.00", "40.00", "50.00");
        ItemId without = jewelry("Plain ring", "10.00", "20.00", "30.00", "40.00", "50.00");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(60, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        as(() -> photos.upload(withPhoto, "ring.png", "image/png", png.toByteArray()));

        assertThat(images(pdf("RETAIL", withPhoto))).isEqualTo(1);
        assertThat(images(pdf("RETAIL", without))).isZero();
    }

    @Test
    void anEmptyChosenPriceReadsCallForPrice() throws Exception {
        // 09 §5 R6
        ItemId ring = jewelry("Plain band", "100.00", "200.00", null, null, "500.00");

        assertThat(text(pdf("PRICE3", ring))).contains("Call for price").doesNotContain("0.00");
    }

    @Test
    void onlyJewelryAndWatchesInStockAreOfferedAndOnMemoWhenAsked() throws Exception {
        // 09 §5 R1, R4
        ItemId inStock = jewelry("In the case", "10.00", "20.00", "30.00", "40.00", "50.00");
        ItemId onMemo = jewelry("Out on memo", "10.00", "20.00", "30.00", "40.00", "50.00");
        move(onMemo, MovementKind.MEMO_OUT, "-1", "1");
        ItemId scrapped = jewelry("Scrapped", "10.00", "20.00", "30.00", "40.00", "50.00");
        move(scrapped, MovementKind.SCRAP, "-1", "0");
        ItemId diamond = diamond();

        String page = page("");
        assertThat(page).contains("value=\"" + inStock + "\"").doesNotContain("value=\"" + onMemo + "\"")
                .doesNotContain("value=\"" + scrapped + "\"").doesNotContain("value=\"" + diamond + "\"");
        assertThat(page("&withMemo=true")).contains("value=\"" + onMemo + "\"");
        // a diamond cannot be forced onto the list either
        mvc.perform(post("/reports/price-list/pdf").with(tenant.owner().signedIn()).with(csrf())
                        .param("priceField", "RETAIL").param("item", diamond.toString()))
                .andExpect(status().isNotFound());
    }

    @Test
    void emailSendsThePdfWithTheTypedSubjectAndMessage() throws Exception {
        // 09 §5 R5
        ItemId ring = jewelry("Sapphire pendant", "10.00", "20.00", "30.00", "40.00", "50.00");
        String to = "buyer-" + tenant.id().value() + "@example.com";

        mvc.perform(post("/reports/price-list/email").with(tenant.owner().signedIn()).with(csrf())
                        .param("priceField", "RETAIL").param("item", ring.toString()).param("toAddress", to)
                        .param("subject", "Pieces for you").param("message", "As discussed."))
                .andExpect(status().is3xxRedirection());

        var mail = as(() -> transactions.execute(s -> jdbc.sql(
                        "select subject, text_body, attachment_file_id from mail_outbox where to_address = ?").param(to)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)}).single()));
        assertThat(mail[0]).isEqualTo("Pieces for you");
        assertThat(mail[1]).isEqualTo("As discussed.");
        byte[] pdf = as(() -> transactions.execute(s -> files.open(new FileId((Long) mail[2])).bytes()));
        assertThat(text(pdf)).contains("Sapphire pendant", "50.00").doesNotContain("10.00");
    }

    @Test
    void withNothingTickedTheEmailIsRefusedOnThePage() throws Exception {
        mvc.perform(post("/reports/price-list/email").with(tenant.owner().signedIn()).with(csrf())
                        .param("priceField", "RETAIL").param("toAddress", "x@example.com"))
                .andExpect(status().is(422));
    }

    private byte[] pdf(String field, ItemId item) throws Exception {
        return mvc.perform(post("/reports/price-list/pdf").with(tenant.owner().signedIn()).with(csrf())
                        .param("priceField", field).param("item", item.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private String page(String query) throws Exception {
        return mvc.perform(get("/reports/price-list?x=1" + query).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private ItemId jewelry(String description, String cost, String p1, String p2, String p3, String retail) {
        return receive(description, cost, new Item.Prices(decimal(p1), decimal(p2), decimal(p3), decimal(retail)),
                NewStock.one(), new JewelryDetails("Yellow Gold", "14K", null, null, null, "LADIES", "NEW"));
    }

    private ItemId diamond() {
        return receive("Loose round", "100.00", new Item.Prices(null, null, null, new BigDecimal("900.00")),
                new NewStock(BigDecimal.ONE, new BigDecimal("1.00")), new DiamondDetails("WHITE", "Round", "G", null,
                        "VS1", null, null, null, null, "GIA", null, null, null, null, null, null, "NATURAL", 1));
    }

    private ItemId receive(String description, String cost, Item.Prices prices, NewStock stock, FamilyDetails details) {
        return as(() -> receiving.receive(new Item(null, 0, tenant.store(), "Ring", null, description, null, true,
                LocalDate.of(2026, 11, 1), new BigDecimal(cost), prices, null, details), stock));
    }

    private void move(ItemId item, MovementKind kind, String inStock, String onMemo) {
        as(() -> transactions.execute(s -> {
            ledger.record(item, new StockLedger.Movement(kind, new BigDecimal(inStock), new BigDecimal(onMemo), null,
                    "test", null, null));
            return null;
        }));
    }

    private String stockId(ItemId id) {
        return as(() -> transactions.execute(s -> Long.toString(items.get(id).stockNumber())));
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static int images(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int count = 0;
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().isImageXObject(name)) count++;
                }
            }
            return count;
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), work);
    }
}
