package com.jeweltrak.contacts.certificates.web;

import java.nio.file.Paths;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.certificates.CertificateFixtures;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Resale certificates as a manager keeps them on the contact page (07-contacts §Resale Certificates UI). */
class CertificatesBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;
    static ContactId supplier;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired CertificateFixtures fixtures) {
        tenant = tenants.open("certificates-browser");
        supplier = fixtures.contact(tenant, "Goldsmith Supply", ContactRole.VENDOR);
    }

    // R1, R2, Unified Contacts R7: add a certificate with its scan on the contact page, then record the portal's answer
    @Test
    void aCertificateIsAddedWithItsScanAndVerifiedOnTheContactPage() {
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate(baseUrl() + "/contacts/" + supplier + "#certificates");
        assertThat(page.locator("#contactCertificates")).containsText("No resale certificate on file.");

        page.locator("#addCertificate > summary").click();
        assertThat(page.locator("#addCertificateForm")).containsText("this contact will become a customer too");
        page.locator("#aState").selectOption("CA");
        page.locator("#aPermitNumber").fill("SR-BROWSER-1");
        page.locator("#aExpiresOn").fill("2030-06-30");
        page.locator("#aDocument").setInputFiles(new FilePayload("permit.pdf", "application/pdf", CertificateFixtures.PDF));
        page.locator("#addCertificateForm button[type=submit]").click();

        assertThat(page.locator(".alert-success")).containsText("Resale certificate added");
        assertThat(page.locator("#contactRoles")).containsText("Customer");
        var certificate = page.locator(".jt-certificate", new Page.LocatorOptions().setHasText("SR-BROWSER-1"));
        assertThat(certificate.locator(".jt-status")).hasText("Not verified");
        assertThat(certificate.locator(".jt-document-link")).containsText("permit.pdf");
        assertThat(certificate.locator(".jt-portal-link")).hasAttribute("href", "https://www.cdtfa.ca.gov/services/");

        certificate.locator("details:has(.jt-verify-form) > summary").click();
        certificate.locator(".jt-verify-form select[name=result]").selectOption("VALID");
        certificate.locator(".jt-verify-form button[type=submit]").click();

        assertThat(page.locator(".alert-success")).containsText("Verification recorded");
        var verified = page.locator(".jt-certificate", new Page.LocatorOptions().setHasText("SR-BROWSER-1"));
        assertThat(verified.locator(".jt-status")).hasText("Valid");
        assertThat(verified.locator(".jt-verification")).containsText("Verified valid by Owner");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "resale-certificates.png"))
                .setFullPage(true));
    }
}
