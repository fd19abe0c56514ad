package com.jeweltrak.inventory.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.BrowserTest;
import com.jeweltrak.support.TestTenants;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A diamond's way through the shop as the inventory issue tells it: added with its lab certificate, tagged,
 * found again by scanning the tag's barcode, and put on a customer's wishlist.
 */
class DiamondJourneyBrowserTests extends BrowserTest {

    static TestTenants.Tenant tenant;
    static String customerName;

    @BeforeAll
    static void openTenant(@Autowired TestTenants tenants, @Autowired EditingContacts editing,
                           @Autowired TransactionTemplate transactions) {
        tenant = tenants.open("diamond-journey");
        String last = "Journey" + UUID.randomUUID().toString().substring(0, 5);
        customerName = "Clara " + last;
        TenantContext.callAs(tenant.id(), tenant.owner().id(), () -> transactions.execute(s -> editing.add(Contact.draft(
                new Contact.Name("Clara", last, null, null), Set.of(ContactRole.CUSTOMER), null, null, null, null, null, null,
                false, false, null, null))));
    }

    // 04-inventory §Adding Inventory Items, §Share a Certificate R1, §Printing Barcode Tags R1/R5/R8; 07-contacts §Wishlist R1
    @Test
    void aDiamondWithItsCertificateIsTaggedFoundByScanningItsTagAndWishedForByACustomer() throws Exception {
        String cert = Long.toString(2_000_000_000L + (long) (Math.random() * 1_000_000_000L));
        signInToDashboard(page, tenant.owner().email(), TestTenants.PASSWORD);
        page.navigate(baseUrl() + "/inventory/diamonds");
        page.locator("#newItem").click();
        page.waitForLoadState(LoadState.LOAD);
        page.locator("#category").fill("Loose Diamond");
        page.locator("#description").fill("Oval brilliant " + cert);
        page.locator("#carats").fill("1.51");
        page.locator("#cost").fill("9200");
        page.locator("#shape").fill("Oval");
        page.locator("#color").selectOption("F");
        page.locator("#clarity").selectOption("VS2");
        page.locator("#lab").selectOption("GIA");
        page.locator("#certNumber").fill(cert);
        page.locator("#saveItem").click();
        assertThat(page.locator("#itemTitle")).containsText("StockID ");
        page.waitForLoadState(LoadState.LOAD);

        page.locator("#certificateFile").setInputFiles(certificatePdf(cert));
        page.locator("#uploadCertificate").click();
        assertThat(page.locator("#certificateTitle")).containsText(cert);
        assertThat(page.locator("#viewCertificate")).isVisible();

        page.locator("#tagTabButton").click();
        Download download = page.waitForDownload(() -> page.locator("#downloadTagPdf").click());
        String scanned = barcodeOn(Files.readAllBytes(download.path()));

        // a keyboard-wedge scanner types the barcode into the focused StockID box and presses Enter
        page.navigate(baseUrl() + "/inventory");
        page.locator("#stockId").fill(scanned);
        page.locator("#stockId").press("Enter");
        assertThat(page.locator("#itemTitle")).hasText("StockID " + scanned);
        assertThat(page.locator("#familyFields")).containsText(cert);

        page.waitForLoadState(LoadState.LOAD);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Wishlists")).click();
        page.locator("#picker-customer").click();
        page.locator("#picker-customer").fill(customerName);
        page.locator(".jt-picker-option", new Page.LocatorOptions().setHasText(customerName)).click();
        page.locator("#addToWishlist").click();
        assertThat(page.locator("#itemWishlistEntries")).containsText(customerName);
    }

    private static Path certificatePdf(String cert) throws Exception {
        Path file = Files.createTempFile("gia-" + cert, ".pdf");
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            Files.write(file, out.toByteArray());
        }
        return file;
    }

    private static String barcodeOn(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 600);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128),
                    DecodeHintType.TRY_HARDER, true)).getText();
        }
    }
}
