package com.jeweltrak.services.appraisals.web;

import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.LoadState;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** An appraisal at the counter (03-services §13 R2, R4, R5, R6): a new customer inline, two pieces, finalized, printed. */
class AppraisalBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants) {
        tenant = tenants.open("appraisal-browser");
    }

    private void addPiece(String description, String value, String metal) {
        page.locator("#addItemForm #description").fill(description);
        page.locator("#addItemForm #appraisedValue").fill(value);
        page.locator("#addItemForm #metal").fill(metal);
        page.locator("#addItem").click();
        page.waitForLoadState(LoadState.LOAD);
    }

    // 03-services §13 R2, R4, R5, R6: created for a new customer, two pieces totalled, finalized, its PDF says it all
    @Test
    void anAppraisalOfTwoPiecesIsFinalizedAndItsPdfListsThem() throws Exception {
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate("/services/appraisals");
        page.waitForLoadState(LoadState.LOAD);
        page.locator("#newCustomerInline summary").click();
        page.locator("#newFirstName").fill("Nora");
        page.locator("#newLastName").fill("Browser");
        page.locator("#newAppraisal select[name=purpose]").selectOption("INSURANCE");
        page.locator("#newAppraisalButton").click();
        assertThat(page.locator("#appraisalStatus")).hasText("Draft");
        assertThat(page.locator("#appraisalCustomer")).containsText("Nora Browser");

        addPiece("Emerald cocktail ring", "4200", "18K yellow gold");
        addPiece("Pearl strand", "1300.50", "14K white gold clasp");
        assertThat(page.locator("#appraisalItems")).containsText("Emerald cocktail ring");
        assertThat(page.locator("#appraisalItems")).containsText("Pearl strand");
        assertThat(page.locator("#appraisalTotal")).containsText("5,500.50");

        page.onDialog(dialog -> dialog.accept());
        page.locator("#finalizeAppraisal").click();
        assertThat(page.locator("#appraisalStatus")).hasText("Finalized");
        assertThat(page.locator("#addItemForm")).hasCount(0);

        // the Print link opens the PDF in a new tab; the same request, with the browser's session, downloads it
        String pdfUrl = page.locator("#printAppraisal").getAttribute("href");
        APIResponse response = page.request().get(pdfUrl);
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(response.headers().get("content-type")).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(document);
            org.assertj.core.api.Assertions.assertThat(text).contains("Nora Browser").contains("Emerald cocktail ring")
                    .contains("Pearl strand").contains("18K yellow gold").contains("5,500.50");
        }
    }
}
