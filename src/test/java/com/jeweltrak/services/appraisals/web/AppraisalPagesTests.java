package com.jeweltrak.services.appraisals.web;

import java.io.IOException;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.services.appraisals.AppraisalFixtures;
import com.jeweltrak.services.appraisals.AppraisalId;
import com.jeweltrak.services.appraisals.AppraisalPurpose;
import com.jeweltrak.services.appraisals.AppraisalStatus;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The appraisal pages (03-services §13 UI; design §5): list, + New, the appraisal page, Print, Email. */
@IntegrationTest
class AppraisalPagesTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;

    @Autowired MockMvc mvc;
    @Autowired AppraisalFixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants) {
        tenant = tenants.open("appraisal-pages");
        other = tenants.open("appraisal-pages-other");
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(tenant.owner().signedIn())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    static String text(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }

    // §13 UI: the Appraisals list shows each appraisal with its customer, status and total
    @Test
    void theListShowsEachAppraisalWithItsCustomerStatusAndTotal() throws Exception {
        AppraisalId id = fixtures.open(tenant, fixtures.customer(tenant, "Lena"), null);
        fixtures.item(tenant, id, "Emerald pendant", "3200");
        String list = page("/services/appraisals");
        assertThat(list).contains("/services/appraisals/" + id).contains("Lena").contains("Draft").contains("3,200.00")
                .contains("id=\"newAppraisal\"");
    }

    // Search R2: "appraisal 12" finds appraisal 12 on the list; an item's description finds it too
    @Test
    void theListFindsAnAppraisalByNumberOrItemDescription() throws Exception {
        AppraisalId id = fixtures.open(tenant, fixtures.customer(tenant, "Nora"), null);
        fixtures.item(tenant, id, "Tourmaline cocktail ring", "900");
        long number = fixtures.read(tenant, id).number();
        String byNumber = mvc.perform(get("/services/appraisals").param("q", "appraisal " + number)
                .with(tenant.owner().signedIn())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(byNumber).contains("/services/appraisals/" + id);
        String byItem = mvc.perform(get("/services/appraisals").param("q", "tourmaline")
                .with(tenant.owner().signedIn())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(byItem).contains("/services/appraisals/" + id);
    }

    // §13 R2: + New saves the header (customer, purpose, notes) and opens the appraisal page
    @Test
    void newSavesTheHeaderAndOpensTheAppraisal() throws Exception {
        ContactId customer = fixtures.customer(tenant, "Olga");
        String location = mvc.perform(post("/services/appraisals").with(tenant.owner().signedIn()).with(csrf())
                        .param("customerId", customer.toString()).param("purpose", "ESTATE").param("headerNotes", "Estate of O."))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/services/appraisals/*"))
                .andReturn().getResponse().getRedirectedUrl();
        String shown = page(location);
        assertThat(shown).contains("Olga").contains("Estate of O.").contains("id=\"addItemForm\"");
    }

    // design §5: without a customer the list shows again (422) with the message beside the field, notes kept
    @Test
    void newWithoutACustomerShowsTheRefusalBesideTheFieldAndKeepsWhatWasTyped() throws Exception {
        String body = mvc.perform(post("/services/appraisals").with(tenant.owner().signedIn()).with(csrf())
                        .param("purpose", "RESALE").param("headerNotes", "Typed notes stay"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("id=\"customerIdError\"").contains("Choose the customer whose items are appraised.")
                .contains("Typed notes stay");
    }

    // §13 R2, R4: an item added on the page shows in the grid and the total follows (PRG)
    @Test
    void anItemAddedOnThePageShowsAndTheTotalFollows() throws Exception {
        AppraisalId id = fixtures.open(tenant, fixtures.customer(tenant, "Pia"), null);
        mvc.perform(post("/services/appraisals/" + id + "/items").with(tenant.owner().signedIn()).with(csrf())
                        .param("description", "Opal ring").param("metal", "14K").param("appraisedValue", "1,250.50"))
                .andExpect(redirectedUrl("/services/appraisals/" + id));
        assertThat(page("/services/appraisals/" + id)).contains("Opal ring").contains("Metal: 14K").contains("1,250.50");
    }

    // design §5: a bad value is refused beside its field; the description typed is kept
    @Test
    void aBadValueIsRefusedBesideItsFieldAndNothingTypedIsLost() throws Exception {
        AppraisalId id = fixtures.open(tenant, fixtures.customer(tenant, "Quinn"), null);
        String body = mvc.perform(post("/services/appraisals/" + id + "/items").with(tenant.owner().signedIn()).with(csrf())
                        .param("description", "Garnet earrings").param("stones", "2 garnets").param("appraisedValue", "lots"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("id=\"appraisedValueError\"").contains("Enter an amount, like 1250.00.")
                .contains("value=\"Garnet earrings\"").contains("value=\"2 garnets\"");
    }

    // §13 R6: a finalized appraisal shows no edit forms, only Revise; Revise opens the new draft
    @Test
    void aFinalizedAppraisalOffersReviseWhichOpensANewDraft() throws Exception {
        AppraisalId id = fixtures.open(tenant, fixtures.customer(tenant, "Rhea"), null);
        fixtures.item(tenant, id, "Cameo brooch", "400");
        mvc.perform(post("/services/appraisals/" + id + "/finalize").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/services/appraisals/" + id));
        String shown = page("/services/appraisals/" + id);
        assertThat(shown).contains("Finalized").contains("id=\"reviseAppraisal\"").doesNotContain("id=\"addItemForm\"");
        String location = mvc.perform(post("/services/appraisals/" + id + "/revise").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).isNotEqualTo("/services/appraisals/" + id);
        assertThat(page(location)).contains("Draft").contains("Cameo brooch").contains("id=\"revises\"");
        assertThat(fixtures.read(tenant, id).status()).isEqualTo(AppraisalStatus.FINALIZED);
    }

    // §13 R6: posting an item to a finalized appraisal is refused (409) and changes nothing
    @Test
    void addingToAFinalizedAppraisalIsRefused() throws Exception {
        AppraisalId id = fixtures.open(tenant, fixtures.customer(tenant, "Sara"), null);
        fixtures.item(tenant, id, "Bangle", "700");
        fixtures.finalizeIt(tenant, id);
        mvc.perform(post("/services/appraisals/" + id + "/items").with(tenant.owner().signedIn()).with(csrf())
                .param("description", "Sneaky").param("appraisedValue", "1")).andExpect(status().isConflict());
        assertThat(fixtures.read(tenant, id).items()).hasSize(1);
    }

    // §13 R5, R8: the PDF has the letterhead, customer, purpose, every item's details, the total and the statement
    @Test
    void thePdfCarriesLetterheadCustomerItemsTotalAndThePurposesWording() throws Exception {
        AppraisalId id = fixtures.open(tenant, fixtures.customer(tenant, "Tess"), AppraisalPurpose.INSURANCE);
        fixtures.item(tenant, id, "Diamond solitaire ring", "8500");
        fixtures.item(tenant, id, "Pearl strand", "1250");
        byte[] pdf = mvc.perform(get("/services/appraisals/" + id + "/pdf").with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = text(pdf);
        String store = fixtures.as(tenant, () -> transactions.execute(s -> jdbc.sql("select name from store where id = ?")
                .param(tenant.store().value()).query(String.class).single()));
        assertThat(text).contains(store).contains("Appraisal " + fixtures.read(tenant, id).number()).contains("Tess Owner")
                .contains("Purpose: Insurance").contains("Diamond solitaire ring").contains("Metal: 18K white gold")
                .contains("1 round brilliant diamond 1.01 ct G VS1").contains("8,500.00").contains("9,750.00")
                .contains("replacement cost").contains("Appraiser: ").contains("Ada Appraiser, Graduate Gemologist")
                .contains("DRAFT");
    }

    // §13 R8: an estate appraisal prints the estate wording, not the insurance wording; finalized prints no DRAFT
    @Test
    void anEstateAppraisalPrintsTheEstateWording() throws Exception {
        AppraisalId id = fixtures.open(tenant, fixtures.customer(tenant, "Uma"), AppraisalPurpose.ESTATE);
        fixtures.item(tenant, id, "Gold pocket watch", "2100");
        fixtures.finalizeIt(tenant, id);
        String text = text(mvc.perform(get("/services/appraisals/" + id + "/pdf").with(tenant.owner().signedIn()))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(text).contains("fair market value").contains("estate").doesNotContain("replacement cost")
                .doesNotContain("DRAFT");
    }

    // §13 R5: Email queues the PDF in the outbox to the customer's address
    @Test
    void emailQueuesThePdfInTheOutbox() throws Exception {
        AppraisalId id = fixtures.open(tenant, fixtures.customer(tenant, "Vera"), null);
        fixtures.item(tenant, id, "Ruby studs", "600");
        mvc.perform(post("/services/appraisals/" + id + "/email").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/services/appraisals/" + id));
        String to = fixtures.as(tenant, () -> transactions.execute(s -> jdbc.sql(
                "select to_address from mail_outbox where related_type = 'appraisal' and related_id = ?")
                .param(id.value()).query(String.class).single()));
        assertThat(to).isEqualTo("vera@example.com");
    }

    // §13 R5: a bad typed address is refused beside the field
    @Test
    void aBadEmailAddressIsRefusedBesideTheField() throws Exception {
        AppraisalId id = fixtures.open(tenant, fixtures.customer(tenant, "Wren"), null);
        String body = mvc.perform(post("/services/appraisals/" + id + "/email").with(tenant.owner().signedIn()).with(csrf())
                        .param("toAddress", "not-an-address"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("id=\"toAddressError\"").contains("value=\"not-an-address\"");
    }

    // design §4: another tenant's appraisal is a 404 on every page
    @Test
    void anotherTenantsAppraisalIsNotFound() throws Exception {
        AppraisalId theirs = fixtures.open(other, fixtures.customer(other, "Xena"), null);
        mvc.perform(get("/services/appraisals/" + theirs).with(tenant.owner().signedIn())).andExpect(status().isNotFound());
        mvc.perform(get("/services/appraisals/" + theirs + "/pdf").with(tenant.owner().signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/services/appraisals/" + theirs + "/items").with(tenant.owner().signedIn()).with(csrf())
                .param("description", "x").param("appraisedValue", "1")).andExpect(status().isNotFound());
    }

    // Quick Peek: the appraisal at a glance
    @Test
    void thePeekShowsTheAppraisalAtAGlance() throws Exception {
        AppraisalId id = fixtures.open(tenant, fixtures.customer(tenant, "Yara"), AppraisalPurpose.RESALE);
        fixtures.item(tenant, id, "Jade bangle", "450");
        assertThat(page("/peek/appraisal/" + id)).contains("Yara").contains("Resale").contains("450.00");
    }

    // §13 R6, R7: the original and its revision both stay listed on the customer's contact history
    @Test
    void theContactHistoryListsEveryAppraisalOfTheCustomer() throws Exception {
        ContactId customer = fixtures.customer(tenant, "Zoe");
        AppraisalId original = fixtures.open(tenant, customer, null);
        fixtures.item(tenant, original, "Sapphire ring", "2000");
        fixtures.finalizeIt(tenant, original);
        String location = mvc.perform(post("/services/appraisals/" + original + "/revise").with(tenant.owner().signedIn())
                .with(csrf())).andReturn().getResponse().getRedirectedUrl();
        assertThat(page("/contacts/" + customer.value())).contains("/services/appraisals/" + original + "\"")
                .contains(location + "\"");
    }

    private static byte[] png() throws IOException {
        var image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    // §13 Data, R5: a photo of a piece is uploaded, shown in the grid, served and printed on the PDF
    @Test
    void aPhotoOfAPieceIsShownAndPrinted() throws Exception {
        AppraisalId id = fixtures.open(tenant, fixtures.customer(tenant, "Ada"), null);
        long item = fixtures.item(tenant, id, "Garnet brooch", "300");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/services/appraisals/" + id + "/pieces/" + item + "/photo")
                        .file(new org.springframework.mock.web.MockMultipartFile("photo", "brooch.png", "image/png", png()))
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/services/appraisals/" + id));
        assertThat(page("/services/appraisals/" + id)).contains("/services/appraisals/" + id + "/pieces/" + item + "/photo");
        mvc.perform(get("/services/appraisals/" + id + "/pieces/" + item + "/photo").with(tenant.owner().signedIn()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentType("image/png"));
        byte[] pdf = mvc.perform(get("/services/appraisals/" + id + "/pdf").with(tenant.owner().signedIn()))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getResources().getXObjectNames()).isNotEmpty();
        }
    }

    // §13 Data: a photo must be a JPEG or PNG image; anything else is refused (422) and nothing is attached
    @Test
    void aPhotoThatIsNotAnImageIsRefused() throws Exception {
        AppraisalId id = fixtures.open(tenant, fixtures.customer(tenant, "Bea"), null);
        long item = fixtures.item(tenant, id, "Onyx ring", "150");
        String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/services/appraisals/" + id + "/pieces/" + item + "/photo")
                        .file(new org.springframework.mock.web.MockMultipartFile("photo", "notes.txt", "text/plain",
                                "not a photo".getBytes()))
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("Upload the photo as a JPEG or PNG image.");
        assertThat(fixtures.read(tenant, id).item(item).photoFileId()).isNull();
    }
}
