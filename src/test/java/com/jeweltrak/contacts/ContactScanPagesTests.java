package com.jeweltrak.contacts;

import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.BusinessCardImages;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Read card" on the contact form, through the real OCR engine (07-contacts §Scan a business card). */
@IntegrationTest
class ContactScanPagesTests {

    static TestTenants.Tenant tenant;

    @Autowired MockMvc mvc;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("contact-scan");
    }

    private long contactsCount(JdbcClient jdbc, TransactionTemplate transactions) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(status ->
                jdbc.sql("select count(*) from contact").query(Long.class).single()));
    }

    // 07-contacts §Scan a business card R2, R3: the card fills the form for review; nothing is saved yet
    @Test
    void aReadCardFillsTheNewContactFormAndSavesNothing(@Autowired JdbcClient jdbc,
                                                        @Autowired TransactionTemplate transactions) throws Exception {
        long before = contactsCount(jdbc, transactions);
        var card = BusinessCardImages.SAMPLE;
        mvc.perform(multipart("/contacts/scan").file(new MockMultipartFile("card", "card.png", "image/png",
                                BusinessCardImages.samplePng()))
                        .param("taxStatus", "TAXABLE").with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Read from the card"),
                        containsString("value=\"" + card.lastName() + "\""),
                        containsString("value=\"" + card.email() + "\""),
                        containsString("value=\"" + card.postalCode() + "\""))));
        assertThat(contactsCount(jdbc, transactions)).isEqualTo(before);
    }

    // 07-contacts §Scan a business card R4: what is already typed stays; only empty fields are filled
    @Test
    void aReadCardFillsOnlyTheEmptyFields() throws Exception {
        var card = BusinessCardImages.SAMPLE;
        mvc.perform(multipart("/contacts/scan").file(new MockMultipartFile("card", "card.png", "image/png",
                                BusinessCardImages.samplePng()))
                        .param("firstName", "Maggie").param("email", "maggie@example.net").param("taxStatus", "TAXABLE")
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"Maggie\""),
                        containsString("value=\"maggie@example.net\""),
                        containsString("value=\"" + card.email() + "\""),
                        containsString("value=\"" + card.lastName() + "\""))));
    }

    // 07-contacts §Scan a business card: a file that is not a photo is refused beside the card field, the form kept
    @Test
    void aFileThatIsNotAPhotoIsRefusedAndTheFormIsKept() throws Exception {
        mvc.perform(multipart("/contacts/scan").file(new MockMultipartFile("card", "notes.txt", "image/png",
                                "just text".getBytes()))
                        .param("lastName", "Kept").param("taxStatus", "TAXABLE")
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"cardError\""), containsString("value=\"Kept\""))));
    }
}
