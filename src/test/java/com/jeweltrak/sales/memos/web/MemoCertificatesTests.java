package com.jeweltrak.sales.memos.web;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.inventory.DiamondDetails;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.inventory.stones.AddingASetStone;
import com.jeweltrak.inventory.stones.SetStoneDetails;
import com.jeweltrak.inventory.stones.StoneCategory;
import com.jeweltrak.inventory.stones.StoneCertificates;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.sales.memos.AddingAMemoLine;
import com.jeweltrak.sales.memos.MemoCertificates;
import com.jeweltrak.sales.memos.MemoFixtures;
import com.jeweltrak.sales.memos.MemoId;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Memo certificates (03-services §12 R1–R7): offered all checked, appended to the printed PDF and the e-mailed one. */
@IntegrationTest
class MemoCertificatesTests {

    static TestTenants.Tenant tenant;

    @Autowired MockMvc mvc;
    @Autowired com.jeweltrak.platform.mail.DeliveringMail delivering;
    @Autowired org.springframework.mail.javamail.JavaMailSender sender;
    @Autowired MemoFixtures fixtures;
    @Autowired MemoCertificates certificates;
    @Autowired ReceivingAnItem receiving;
    @Autowired Items items;
    @Autowired StoneCertificates stoneCertificates;
    @Autowired AddingASetStone addingStone;
    @Autowired AddingAMemoLine addingLine;
    @Autowired StoredFiles files;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("memo-certificates");
    }

    /** A real PDF of {@code pages} blank pages. */
    static byte[] pdf(int pages) throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    static int pages(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return fixtures.sales.as(tenant, () -> transactions.execute(s -> work.get()));
    }

    /** A loose GIA diamond with its 2-page certificate attached; its StockID. */
    private String certifiedDiamond(String number) throws Exception {
        byte[] certificate = pdf(2);
        return as(() -> {
            ItemId id = receiving.receive(new Item(null, 0, tenant.store(), "Loose", null, null, null, true,
                    LocalDate.of(2026, 11, 1), new BigDecimal("2000"), null, null,
                    new DiamondDetails("WHITE", "Round", "G", null, "VS1", "EXCELLENT", "EXCELLENT", "EXCELLENT", "NONE",
                            "GIA", number, null, null, null, null, null, "NATURAL", 1)),
                    new NewStock(BigDecimal.ONE, new BigDecimal("1.01")));
            stoneCertificates.attachToLooseStone(id, "gia.pdf", "application/pdf", certificate);
            return Long.toString(items.get(id).stockNumber());
        });
    }

    /** A ring with a hand-entered set stone whose IGI certificate (1 page) is its CertMain; its StockID. */
    private String ringWithCertifiedSetStone() throws Exception {
        byte[] certificate = pdf(1);
        return as(() -> {
            ItemId ring = receiving.receive(new Item(null, 0, tenant.store(), "Ring", null, "Solitaire", null, true,
                    LocalDate.of(2026, 11, 1), new BigDecimal("900"), new Item.Prices(null, null, null, new BigDecimal("2500")),
                    null, new JewelryDetails("White Gold", "18K", null, null, null, "LADIES", "NEW")), NewStock.one());
            long stone = addingStone.add(ring, new SetStoneDetails(StoneCategory.WHITE_DIAMOND, null, 1,
                    new BigDecimal("0.3"), "Round", "F", "VS2", null, null, "IGI", "LG5550001"));
            stoneCertificates.attachToSetStone(ring, stone, "igi.pdf", "application/pdf", certificate);
            return Long.toString(items.get(ring).stockNumber());
        });
    }

    private MemoId memoOf(String... stockIds) {
        MemoId memo = fixtures.issue(tenant);
        for (String stockId : stockIds) {
            fixtures.sales.run(tenant, () -> addingLine.add(memo, new AddingAMemoLine.Request(stockId, null, null,
                    new BigDecimal("3000"), null)));
        }
        return memo;
    }

    // R1 (a), (b): a loose stone's certificate and a set stone's CertMain, in memo line order; a plain ring offers none
    @Test
    void theCertificatesOfLooseAndSetStonesAreCollectedInLineOrder() throws Exception {
        String plain = fixtures.ring(tenant);
        String diamond = certifiedDiamond("2141438171");
        String ring = ringWithCertifiedSetStone();
        MemoId memo = memoOf(plain, diamond, ring);
        List<MemoCertificates.Candidate> offered = as(() -> certificates.of(fixtures.read(tenant, memo)));
        assertThat(offered).extracting(MemoCertificates.Candidate::lineNumber).containsExactly(2, 3);
        assertThat(offered).extracting(MemoCertificates.Candidate::title).containsExactly("GIA 2141438171", "IGI LG5550001");
    }

    // R1 (c): a diamond combined from inventory into a ring keeps its certificate — the ring's line offers it
    @Test
    void aStoneCombinedIntoARingBringsItsCertificate() throws Exception {
        String diamond = certifiedDiamond("3141438170");
        String ring = as(() -> {
            ItemId mounting = receiving.receive(new Item(null, 0, tenant.store(), "Ring", null, "Solitaire", null, true,
                    LocalDate.of(2026, 11, 1), new BigDecimal("400"), new Item.Prices(null, null, null, new BigDecimal("1500")),
                    null, new JewelryDetails("White Gold", "18K", null, null, null, "LADIES", "NEW")), NewStock.one());
            combining.combine(mounting, items.findByStockId(diamond).orElseThrow().id());
            return Long.toString(items.get(mounting).stockNumber());
        });
        MemoId memo = memoOf(ring);
        assertThat(as(() -> certificates.of(fixtures.read(tenant, memo))))
                .extracting(MemoCertificates.Candidate::lineNumber, MemoCertificates.Candidate::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "GIA 3141438170"));
    }

    @Autowired com.jeweltrak.inventory.stones.CombiningALooseStone combining;

    // R2: no certified stone on the memo — Print and Send work as before, with no checklist
    @Test
    void aMemoWithoutCertifiedStonesOffersNoChecklist() throws Exception {
        MemoId memo = fixtures.issueWith(tenant, fixtures.ring(tenant));
        String html = mvc.perform(get("/sales/memos/" + memo).with(tenant.owner().signedIn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("printCertificates").doesNotContain("name=\"certIds\"").contains("id=\"printMemo\"");
    }

    // R2, R3: the checklist shows each certificate with its line number, lab and number, every box checked
    @Test
    void theChecklistOffersEveryCertificateChecked() throws Exception {
        String diamond = certifiedDiamond("5141438172");
        MemoId memo = memoOf(diamond);
        long file = as(() -> certificates.of(fixtures.read(tenant, memo))).getFirst().fileId();
        String html = mvc.perform(get("/sales/memos/" + memo).with(tenant.owner().signedIn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"printCertificates\"").contains("Line 1 · GIA 5141438172")
                .contains("Print memo + 1 cert");
        assertThat(html.split("value=\"" + file + "\" checked", -1)).hasSize(3); // print and e-mail forms
    }

    // R6, R7: printing appends the checked certificates after the memo; none checked prints the memo alone
    @Test
    void printingAppendsTheCheckedCertificatesAfterTheMemo() throws Exception {
        String diamond = certifiedDiamond("6141438173");
        String ring = ringWithCertifiedSetStone();
        MemoId memo = memoOf(diamond, ring);
        List<MemoCertificates.Candidate> offered = as(() -> certificates.of(fixtures.read(tenant, memo)));
        byte[] alone = mvc.perform(get("/sales/memos/" + memo + "/pdf").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] both = mvc.perform(get("/sales/memos/" + memo + "/pdf").with(tenant.owner().signedIn())
                        .param("certIds", String.valueOf(offered.get(0).fileId()), String.valueOf(offered.get(1).fileId())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] setStoneOnly = mvc.perform(get("/sales/memos/" + memo + "/pdf").with(tenant.owner().signedIn())
                        .param("certIds", String.valueOf(offered.get(1).fileId())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(pages(both)).isEqualTo(pages(alone) + 3);
        assertThat(pages(setStoneOnly)).isEqualTo(pages(alone) + 1);
    }

    // R5: an id that was not offered for this memo (another memo's certificate, a stale form) is ignored
    @Test
    void aCertificateNotOfferedForTheMemoIsIgnored() throws Exception {
        String elsewhere = certifiedDiamond("7141438174");
        MemoId other = memoOf(elsewhere);
        long foreign = as(() -> certificates.of(fixtures.read(tenant, other))).getFirst().fileId();
        MemoId memo = fixtures.issueWith(tenant, fixtures.ring(tenant));
        byte[] alone = mvc.perform(get("/sales/memos/" + memo + "/pdf").with(tenant.owner().signedIn()))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] withForeign = mvc.perform(get("/sales/memos/" + memo + "/pdf").param("certIds", String.valueOf(foreign))
                .with(tenant.owner().signedIn())).andReturn().getResponse().getContentAsByteArray();
        assertThat(pages(withForeign)).isEqualTo(pages(alone));
    }

    // R4: Send with the checked certificates — delivered as the memo's PDF plus each certificate as a file of its own
    @Test
    void emailingAttachesTheCheckedCertificates() throws Exception {
        String diamond = certifiedDiamond("8141438175");
        MemoId memo = memoOf(diamond);
        long file = as(() -> certificates.of(fixtures.read(tenant, memo))).getFirst().fileId();
        byte[] alone = mvc.perform(get("/sales/memos/" + memo + "/pdf").with(tenant.owner().signedIn()))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] certificate = as(() -> files.open(new com.jeweltrak.platform.files.FileId(file)).bytes());
        String to = "memo-" + System.nanoTime() + "@customer.example";
        mvc.perform(post("/sales/memos/" + memo + "/email").param("toAddress", to)
                        .param("certIds", String.valueOf(file)).with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String text = as(() -> jdbc.sql("select text_body from mail_outbox where to_address = ?").param(to)
                .query(String.class).single());
        assertThat(text).contains("GIA 8141438175");

        try (com.jeweltrak.support.TestSmtp smtp = com.jeweltrak.support.TestSmtp.startedFor(sender)) {
            delivering.deliverDue(java.time.Instant.now().plusSeconds(1));
            jakarta.mail.Multipart parts = (jakarta.mail.Multipart) smtp.receivedBy(to).getFirst().getContent();
            java.util.List<byte[]> attached = new java.util.ArrayList<>();
            for (int i = 0; i < parts.getCount(); i++) {
                jakarta.mail.Part part = parts.getBodyPart(i);
                if (jakarta.mail.Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    attached.add(part.getInputStream().readAllBytes());
                }
            }
            assertThat(attached).hasSize(2);
            assertThat(pages(attached.get(0))).isEqualTo(pages(alone));
            assertThat(attached.get(1)).isEqualTo(certificate);
        }
    }
}
