package com.jeweltrak.inventory.stones;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.platform.mail.DeliveringMail;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestSmtp;
import com.jeweltrak.support.TestTenants;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Certificate files of loose and set stones, their share links and e-mail (04-inventory §Share a Certificate, §Set Stones R11). */
@IntegrationTest
class StoneCertificatesTests {

    /** A PDF's start, with the binary comment line real PDFs carry (so mail sends it base64, byte for byte). */
    static final byte[] PDF = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    /** A Windows program's first bytes ("MZ"), named like a PDF. */
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff};

    static StoneFixtures fixtures;
    static StoneFixtures otherTenant;

    @Autowired MockMvc mvc;
    @Autowired StoneCertificates certificates;
    @Autowired ShareLinks links;
    @Autowired JdbcClient jdbc;
    @Autowired AddingASetStone adding;
    @Autowired CombiningALooseStone combining;
    @Autowired DeliveringMail delivering;
    @Autowired JavaMailSender sender;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants, @Autowired ReceivingAnItem receiving,
                            @Autowired TransactionTemplate transactions) {
        fixtures = new StoneFixtures(tenants.open("stone-certs"), receiving, transactions);
        otherTenant = new StoneFixtures(tenants.open("stone-certs-other"), receiving, transactions);
    }

    private CertificateFile upload(ItemId diamond) throws Exception {
        mvc.perform(multipart("/inventory/items/" + diamond + "/certificate")
                        .file(new MockMultipartFile("file", "gia.pdf", "application/pdf", PDF))
                        .with(fixtures.tenant().owner().signedIn()).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Certificate attached.")));
        return fixtures.as(() -> certificates.ofLooseStone(diamond)).orElseThrow();
    }

    private String shareLink(ItemId diamond) throws Exception {
        upload(diamond);
        return mvc.perform(post("/inventory/items/" + diamond + "/certificate/share")
                        .with(fixtures.tenant().owner().signedIn()).with(csrf()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
    }

    // §Share a Certificate (Data): a loose stone holds its certificate file; lab and number are the item's; View opens it
    @Test
    void aLooseDiamondsCertificateIsUploadedAndViewedInline() throws Exception {
        ItemId diamond = fixtures.diamond("3000", "0.71", "6221438171");
        CertificateFile certificate = upload(diamond);
        assertThat(certificate.title()).isEqualTo("GIA 6221438171");
        mvc.perform(get("/inventory/stone-certificates/" + certificate.certificateId()).with(fixtures.tenant().owner().signedIn()))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline")))
                .andExpect(content().bytes(PDF));
    }

    // stored files: a program renamed .pdf is refused beside the file field, and nothing is attached
    @Test
    void aProgramRenamedPdfIsRefusedBesideTheFileField() throws Exception {
        ItemId diamond = fixtures.diamond("3000", "0.71", null);
        String html = mvc.perform(multipart("/inventory/items/" + diamond + "/certificate")
                        .file(new MockMultipartFile("file", "certificate.pdf", "application/pdf", EXE))
                        .with(fixtures.tenant().owner().signedIn()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("is-invalid").contains("id=\"certificateFileError\"").contains("is not a PDF");
        assertThat(fixtures.as(() -> certificates.ofLooseStone(diamond))).isEmpty();
    }

    // §Share a Certificate R1, R2, R5: the link opens the share page and the file without signing in
    @Test
    void aShareLinkServesTheFileWithoutSigningIn() throws Exception {
        String link = shareLink(fixtures.diamond("3000", "0.71", "7221438171"));

        assertThat(link).startsWith("/shared/certificates/");
        mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("share-certificate.js")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("gia.pdf")));
        mvc.perform(get(link + "/file")).andExpect(status().isOk()).andExpect(content().bytes(PDF));
    }

    // §Share a Certificate R1: a link whose signature was tampered with (another file's id) is not found, naming nothing
    @Test
    void aTamperedLinkIsNotFound() throws Exception {
        String link = shareLink(fixtures.diamond("3000", "0.71", "8221438171"));
        String[] parts = link.substring("/shared/certificates/".length()).split("\\.");
        String forged = "/shared/certificates/" + parts[0] + "." + (Long.parseLong(parts[1]) + 1) + "." + parts[2] + "." + parts[3];
        mvc.perform(get(forged)).andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("gia.pdf"))));
        mvc.perform(get(forged + "/file")).andExpect(status().isNotFound());
        mvc.perform(get(link.substring(0, link.length() - 2) + "xx")).andExpect(status().isNotFound());
    }

    // §Share a Certificate (inferred expiry): an expired link is gone (410)
    @Test
    void anExpiredLinkIsGone() throws Exception {
        CertificateFile certificate = upload(fixtures.diamond("3000", "0.71", "9221438171"));
        String expired = links.sign(fixtures.tenant().id(), certificate.file(), Instant.now().minusSeconds(60));
        mvc.perform(get("/shared/certificates/" + expired)).andExpect(status().isGone())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("expired")));
        mvc.perform(get("/shared/certificates/" + expired + "/file")).andExpect(status().isGone());
    }

    // §Set Stones R11 (Remove): a removed certificate stops being shared at once
    @Test
    void aRemovedCertificateIsNoLongerShared() throws Exception {
        ItemId diamond = fixtures.diamond("3000", "0.71", "1321438171");
        String link = shareLink(diamond);
        mvc.perform(post("/inventory/items/" + diamond + "/certificate/remove").with(fixtures.tenant().owner().signedIn())
                .with(csrf())).andExpect(status().isOk());
        mvc.perform(get(link + "/file")).andExpect(status().isGone());
    }

    // decision 7 / design §5b: a link signed for one tenant cannot reach another tenant's file (row-level security)
    @Test
    void aLinkNamingAnotherTenantsFileFindsNothing() throws Exception {
        CertificateFile certificate = upload(fixtures.diamond("3000", "0.71", "1421438171"));
        String crossed = links.sign(otherTenant.tenant().id(), certificate.file());
        mvc.perform(get("/shared/certificates/" + crossed + "/file")).andExpect(status().isGone());
        mvc.perform(get("/inventory/stone-certificates/" + certificate.certificateId())
                .with(otherTenant.tenant().owner().signedIn())).andExpect(status().isNotFound());
    }

    // §Set Stones R3: a combined stone's certificate is its loose stone's — shown, not copied
    @Test
    void aCombinedStoneShowsItsLooseStonesCertificate() throws Exception {
        ItemId diamond = fixtures.diamond("3000", "0.71", "1521438171");
        CertificateFile loose = upload(diamond);
        ItemId ring = fixtures.ring("500");
        long stone = fixtures.as(() -> combining.combine(ring, diamond));
        assertThat(fixtures.as(() -> certificates.ofSetStone(ring, stone))).get()
                .satisfies(c -> assertThat(c.file()).isEqualTo(loose.file()));
        assertThat(fixtures.as(() -> jdbc.sql("select cert_file_id from set_stone where id = ?").param(stone)
                .query(Long.class).optional())).isEmpty();
        mvc.perform(get("/inventory/items/" + ring + "/set-stones/" + stone + "/certificate")
                .with(fixtures.tenant().owner().signedIn())).andExpect(status().isOk()).andExpect(content().bytes(PDF));
        mvc.perform(get("/inventory/items/" + diamond + "/certificate-card").with(fixtures.tenant().owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"setInItem\"")));
    }

    // §Set Stones R11 (CertMain): a manual set stone takes its own certificate file
    @Test
    void aManualSetStoneTakesItsOwnCertificate() throws Exception {
        ItemId ring = fixtures.ring("500");
        long stone = fixtures.as(() -> adding.add(ring, new SetStoneDetails(StoneCategory.WHITE_DIAMOND, null, 1,
                new java.math.BigDecimal("0.3"), "Round", "F", "VS2", null, null, "IGI", "LG5550001")));
        mvc.perform(multipart("/inventory/items/" + ring + "/set-stones/" + stone + "/certificate")
                        .file(new MockMultipartFile("file", "igi.pdf", "application/pdf", PDF))
                        .with(fixtures.tenant().owner().signedIn()).with(csrf()))
                .andExpect(status().isOk());
        assertThat(fixtures.as(() -> certificates.ofSetStone(ring, stone))).get()
                .satisfies(c -> assertThat(c.title()).isEqualTo("IGI LG5550001"));
    }

    // §Share a Certificate R6: Email queues a normal mail with the certificate attached, delivered through SMTP
    @Test
    void emailingACertificateSendsItAsAnAttachment() throws Exception {
        ItemId diamond = fixtures.diamond("3000", "0.71", "1621438171");
        upload(diamond);
        String to = "cert-" + System.nanoTime() + "@customer.example";
        mvc.perform(post("/inventory/items/" + diamond + "/certificate/email").param("toAddress", to)
                        .with(fixtures.tenant().owner().signedIn()).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("e-mailed to " + to)));
        Map<String, Object> queued = fixtures.as(() -> jdbc.sql(
                "select subject, attachment_file_id from mail_outbox where to_address = ?").param(to).query().singleRow());
        assertThat(queued.get("subject")).isEqualTo("Certificate GIA 1621438171");
        assertThat(queued.get("attachment_file_id")).isNotNull();

        try (TestSmtp smtp = TestSmtp.startedFor(sender)) {
            delivering.deliverDue(Instant.now().plusSeconds(1));
            MimeMessage received = smtp.receivedBy(to).getFirst();
            Multipart parts = (Multipart) received.getContent();
            StringBuilder seen = new StringBuilder();
            boolean attached = false;
            for (int i = 0; i < parts.getCount(); i++) {
                Part part = parts.getBodyPart(i);
                seen.append(part.getContentType()).append(' ').append(part.getDisposition()).append(' ')
                        .append(part.getFileName()).append("; ");
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && "gia.pdf".equals(part.getFileName())) {
                    attached = java.util.Arrays.equals(part.getInputStream().readAllBytes(), PDF);
                }
            }
            assertThat(attached).as("gia.pdf attached, among: " + seen).isTrue();
        }
    }

    // §Share a Certificate R6: a typed address that is not one is refused beside the field, and nothing is queued
    @Test
    void anAddressThatIsNotOneIsRefused() throws Exception {
        ItemId diamond = fixtures.diamond("3000", "0.71", "1721438171");
        upload(diamond);
        String html = mvc.perform(post("/inventory/items/" + diamond + "/certificate/email").param("toAddress", "not-an-address")
                        .with(fixtures.tenant().owner().signedIn()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"certificateEmailError\"").contains("value=\"not-an-address\"");
    }

}
