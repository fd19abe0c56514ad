package com.jeweltrak.reports.pricelists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jeweltrak.inventory.DiamondDetails;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.MovementKind;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.inventory.StockLedger;
import com.jeweltrak.inventory.stones.StoneCertificates;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.reports.ColumnKind;
import com.jeweltrak.reports.ReportRow;
import com.jeweltrak.reports.ReportRuns;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** 09-reports §6 Diamond Price List & Quotes. */
@IntegrationTest
class DiamondPriceListTests {

    @Autowired TestTenants tenants;
    @Autowired ReportRuns reports;
    @Autowired ReceivingAnItem receiving;
    @Autowired Items items;
    @Autowired StockLedger ledger;
    @Autowired StoneCertificates certificates;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired com.jeweltrak.platform.files.StoredFiles files;

    TestTenants.Tenant tenant;

    @BeforeEach
    void openTenant() {
        tenant = tenants.open("diamond-price-list");
    }

    @Test
    void aStoneIsPricedAtPrice1WithItsPricePerCaratAndNoRapaportFigure() {
        // 09 §6 R1, R2: Total = Price 1; $/ct = Total ÷ carats; no Rap list in JewelTrak → "—"
        ItemId stone = diamond("Round", "G", "VS1", "1.25", "5000.00", "NATURAL");

        ReportRow row = only(run(Map.of()));

        assertThat(row.id("item_id")).isEqualTo(stone.value());
        assertThat(row.decimal("total")).isEqualByComparingTo("5000.00");
        assertThat(row.decimal("price_per_carat")).isEqualByComparingTo("4000.00");
        assertThat(ColumnKind.PERCENT.format(row.get("rap_pct"))).isEqualTo("—");
        assertThat(row.text("measurements")).isEqualTo("6.90 × 6.92 × 4.25 mm");
        assertThat(row.values()).doesNotContainKeys("cost", "price2", "price3", "retail");
    }

    @Test
    void filtersCombineWithAnd() {
        // 09 §6 R3, R4: "all GIA rounds 1.0–1.5 ct G–VS"-style filters
        ItemId round = diamond("Round", "G", "VS1", "1.25", "5000.00", "NATURAL");
        diamond("Round", "H", "VS1", "1.25", "4000.00", "NATURAL");
        diamond("Oval", "G", "VS1", "1.25", "4500.00", "NATURAL");
        diamond("Round", "G", "VS1", "2.10", "9000.00", "NATURAL");
        ItemId lab = diamond("Round", "G", "VS1", "1.10", "900.00", "LAB_GROWN");

        assertThat(ids(Map.of("shape", "Round", "color", "G", "caratMin", "1.0", "caratMax", "1.5")))
                .containsExactlyInAnyOrder(round.value(), lab.value());
        assertThat(ids(Map.of("shape", "Round", "color", "G", "caratMin", "1.0", "caratMax", "1.5", "origin", "natural")))
                .containsExactly(round.value());
        assertThat(ids(Map.of("origin", "lab-grown"))).containsExactly(lab.value());
    }

    @Test
    void aNumberPrefixMatchesTheStockIdAndWordsMatchTheText() {
        // 09 §6 R3 Search
        ItemId oval = diamond("Oval", "G", "VS1", "1.25", "5000.00", "NATURAL");
        diamond("Round", "H", "SI1", "1.00", "4000.00", "NATURAL");
        String stockId = stockId(oval);

        assertThat(ids(Map.of("search", stockId.substring(0, stockId.length() - 1))).size()).isGreaterThanOrEqualTo(1);
        assertThat(ids(Map.of("search", stockId))).containsExactly(oval.value());
        assertThat(ids(Map.of("search", "oval"))).containsExactly(oval.value());
    }

    @Test
    void shapeOptionsComeFromTheDiamondsInStock() {
        // 09 §6 R3: not a fixed list
        diamond("Cushion", "G", "VS1", "1.25", "5000.00", "NATURAL");
        ItemId sold = diamond("Princess", "G", "VS1", "1.00", "5000.00", "NATURAL");
        move(sold, MovementKind.SCRAP, "-1");

        var filter = reportFilter("shape");
        var options = TenantContext.callAs(tenant.id(), tenant.owner().id(),
                () -> readingFilters.options(filter, reports.user(tenant.owner())));
        assertThat(options).extracting(o -> o.value()).containsExactly("Cushion");
    }

    @Test
    void onMemoStonesShowByDefaultAndNotWhenInStockOnlyIsChosen() {
        // 09 §6 R3 Include
        ItemId out = diamond("Round", "G", "VS1", "1.25", "5000.00", "NATURAL");
        sales(() -> transactions.execute(s -> {
            ledger.record(out, new StockLedger.Movement(MovementKind.MEMO_OUT, new BigDecimal("-1"), BigDecimal.ONE, null,
                    "test", null, null));
            return null;
        }));

        assertThat(ids(Map.of())).containsExactly(out.value());
        assertThat(ids(Map.of("include", "in-stock"))).isEmpty();
    }

    @Test
    void emailSelectedSendsOneQuoteWithEachCertificateAsAFileOfItsOwn() throws Exception {
        // 09 §6 R6: one branded PDF quote + a certificate per stone that has one; the stone without is only listed
        ItemId first = diamond("Round", "G", "VS1", "1.25", "5000.00", "NATURAL");
        ItemId second = diamond("Oval", "F", "VVS2", "1.01", "7000.00", "NATURAL");
        ItemId bare = diamond("Pear", "H", "SI1", "0.90", "2500.00", "NATURAL");
        certify(first);
        certify(second);
        String to = "dealer-" + tenant.id().value() + "@example.com";

        mvc.perform(post("/reports/diamond-price-list/quote").with(tenant.owner().signedIn()).with(csrf())
                        .param("toAddress", to).param("subject", "Stones you asked about").param("message", "As promised.")
                        .param("stone", first.toString(), second.toString(), bare.toString()))
                .andExpect(status().is3xxRedirection());

        var mail = sales(() -> transactions.execute(s -> jdbc.sql(
                        "select id, subject, attachment_file_id from mail_outbox where to_address = ?")
                .param(to).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3)}).list()));
        assertThat(mail).hasSize(1);
        assertThat(mail.getFirst()[1]).isEqualTo("Stones you asked about");
        long more = sales(() -> transactions.execute(s -> jdbc.sql(
                        "select count(*) from mail_outbox_attachment where mail_id = ?")
                .param(mail.getFirst()[0]).query(Long.class).single()));
        assertThat(more).as("two certificates besides the quote").isEqualTo(2);
        byte[] quote = sales(() -> transactions.execute(
                s -> files.open(new com.jeweltrak.platform.files.FileId((Long) mail.getFirst()[2])).bytes()));
        String text = text(quote);
        assertThat(text).contains("Diamond Quote", stockId(first), stockId(second), stockId(bare), "5,000.00", "4,000.00",
                "As promised.");
    }

    @Test
    void theQuotePageListsTheStonesUnderTheFilters() throws Exception {
        // 09 §6 R6: the selection grid
        ItemId round = diamond("Round", "G", "VS1", "1.25", "5000.00", "NATURAL");
        diamond("Oval", "G", "VS1", "1.25", "5000.00", "NATURAL");

        String html = mvc.perform(get("/reports/diamond-price-list/quote").param("shape", "Round")
                        .with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("value=\"" + round.value() + "\"").contains("Email quote");
        assertThat(html).containsOnlyOnce("name=\"stone\"");
    }

    @Test
    void emailingWithNoStoneTickedIsRefusedOnThePage() throws Exception {
        mvc.perform(post("/reports/diamond-price-list/quote").with(tenant.owner().signedIn()).with(csrf())
                        .param("toAddress", "someone@example.com"))
                .andExpect(status().is(422));
    }

    @Autowired com.jeweltrak.reports.ReadingReportFilters readingFilters;
    @Autowired com.jeweltrak.reports.Reports allReports;

    private com.jeweltrak.reports.ReportFilter reportFilter(String key) {
        return allReports.find(DiamondPriceList.KEY).orElseThrow().filter(key).orElseThrow();
    }

    private ItemId diamond(String shape, String color, String clarity, String carats, String price1, String origin) {
        return sales(() -> receiving.receive(new Item(null, 0, tenant.store(), "Loose diamond", null, "Loose " + shape.toLowerCase()
                        + " diamond", null, true, LocalDate.of(2026, 11, 1), new BigDecimal("1000.00"),
                        new Item.Prices(new BigDecimal(price1), new BigDecimal("1.00"), new BigDecimal("2.00"), new BigDecimal("3.00")),
                        null, new DiamondDetails("WHITE", shape, color, null, clarity, null, null, null, null, "GIA", null,
                        new BigDecimal("6.90"), new BigDecimal("6.92"), new BigDecimal("4.25"), null, null, origin, 1)),
                new NewStock(BigDecimal.ONE, new BigDecimal(carats))));
    }

    private void certify(ItemId stone) throws Exception {
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            pdf = out.toByteArray();
        }
        byte[] content = pdf;
        sales(() -> {
            certificates.attachToLooseStone(stone, "cert-" + stone + ".pdf", "application/pdf", content);
            return null;
        });
    }

    private void move(ItemId item, MovementKind kind, String inStock) {
        sales(() -> transactions.execute(s -> {
            ledger.record(item, StockLedger.Movement.of(kind, new BigDecimal(inStock), null, "test"));
            return null;
        }));
    }

    private String stockId(ItemId id) {
        return sales(() -> transactions.execute(s -> Long.toString(items.get(id).stockNumber())));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private <T> T sales(java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), work);
    }

    private com.jeweltrak.reports.ReportResult run(Map<String, String> params) {
        return reports.run(tenant.owner(), DiamondPriceList.KEY, null, params);
    }

    private List<Long> ids(Map<String, String> params) {
        return run(params).rows().content().stream().map(r -> r.id("item_id")).toList();
    }

    private static ReportRow only(com.jeweltrak.reports.ReportResult result) {
        assertThat(result.rows().content()).hasSize(1);
        return result.rows().content().getFirst();
    }
}
