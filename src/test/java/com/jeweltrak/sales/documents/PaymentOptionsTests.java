package com.jeweltrak.sales.documents;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.sales.InvoiceTotals;
import com.jeweltrak.sales.LineKind;
import com.jeweltrak.sales.SaleLine;
import com.jeweltrak.sales.TaxExemption;
import com.jeweltrak.sales.TaxSnapshot;
import com.jeweltrak.sales.documents.ConfiguringPaymentOptions.Details;
import com.jeweltrak.sales.documents.ConfiguringPaymentOptions.Upload;
import com.jeweltrak.sales.documents.StorePaymentOption.Kind;
import com.jeweltrak.support.IntegrationTest;
import com.jeweltrak.support.TestTenants;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 10-settings §Payment Options on Invoices: per store, in order, shown or hidden, printed on the invoice PDF. */
@IntegrationTest
class PaymentOptionsTests {

    static TestTenants.Tenant tenant;
    static TestTenants.Tenant other;
    static StoreId second;

    @Autowired MockMvc mvc;
    @Autowired PaymentOptions options;
    @Autowired ConfiguringPaymentOptions configuring;
    @Autowired InvoicePdf invoicePdf;

    @BeforeAll
    static void openTenants(@Autowired TestTenants tenants) {
        tenant = tenants.open("payment-options");
        other = tenants.open("payment-options-other");
        second = tenants.addStore(tenant, "Second Street");
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), work::get);
    }

    private static Details link(String label, String url) {
        return new Details(Kind.LINK, label, url, null, null);
    }

    // R1, R8: options are per store and print in list order; ↑ / ↓ change the order
    @Test
    void optionsArePerStoreAndPrintInListOrder() {
        long venmo = as(() -> configuring.add(second, link("Venmo @second", "https://venmo.com/u/second")));
        long wire = as(() -> configuring.add(second, new Details(Kind.WIRE, "Bank wire", null, "Bank of Tampa\nrouting 063000047", null)));
        assertThat(as(() -> options.printedFor(second))).extracting(PrintedInvoice.PaymentOption::label)
                .containsExactly("Venmo @second", "Bank wire");
        as(() -> {
            configuring.move(second, wire, true);
            return null;
        });
        assertThat(as(() -> options.printedFor(second))).extracting(PrintedInvoice.PaymentOption::label)
                .containsExactly("Bank wire", "Venmo @second");
        assertThat(as(() -> options.printedFor(tenant.store()))).extracting(PrintedInvoice.PaymentOption::label)
                .doesNotContain("Venmo @second");
        as(() -> {
            configuring.delete(second, venmo);
            configuring.delete(second, wire);
            return null;
        });
    }

    // R8: the Shown toggle hides an option without deleting it
    @Test
    void aHiddenOptionIsKeptButNotPrinted() {
        StoreId store = tenant.store();
        long paypal = as(() -> configuring.add(store, link("PayPal hidden", "https://paypal.me/hidden")));
        as(() -> {
            configuring.show(store, paypal, false);
            return null;
        });
        assertThat(as(() -> options.of(store))).anyMatch(o -> o.id() == paypal && !o.shown());
        assertThat(as(() -> options.printedFor(store))).noneMatch(o -> o.label().equals("PayPal hidden"));
    }

    // R12: URL fields must be valid https URLs
    @Test
    void aLinkThatIsNotHttpsIsRefused() {
        assertThatThrownBy(() -> as(() -> configuring.add(tenant.store(), link("Venmo", "http://venmo.com/u/x"))))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("https://")
                .extracting(e -> ((BusinessRuleViolated) e).field()).isEqualTo("url");
    }

    // R4, R12: the Zelle QR is uploaded as PNG or JPEG and printed as-is; anything else is refused
    @Test
    void anUploadedQrImageMustBeAPngOrJpeg() {
        byte[] pdf = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> as(() -> configuring.add(tenant.store(), new Details(Kind.IMAGE, "Zelle", null, null,
                new Upload("zelle.pdf", "application/pdf", pdf)))))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("PNG or JPEG");
        byte[] png = QrCode.png("zelle:shop@goldco.example");
        long zelle = as(() -> configuring.add(tenant.store(), new Details(Kind.IMAGE, "Zelle shop@goldco", null, null,
                new Upload("zelle.png", "image/png", png))));
        assertThat(as(() -> options.printedFor(tenant.store()))).anyMatch(o -> o.label().equals("Zelle shop@goldco")
                && java.util.Arrays.equals(o.image(), png) && o.imageMediaType().equals("image/png"));
        as(() -> {
            configuring.delete(tenant.store(), zelle);
            return null;
        });
    }

    // Issue 6 §6: the store's options on the invoice PDF, rendered by the application's own template engine
    @Test
    void theInvoicePdfPrintsTheStoresShownOptions() throws IOException {
        StoreId store = as(() -> second);
        long cashApp = as(() -> configuring.add(store, link("Cash App $goldco", "https://cash.app/$goldco")));
        List<SaleLine> lines = List.of(SaleLine.sale(LineKind.ITEM, BigDecimal.ONE, new BigDecimal("250.00"), null, true, null));
        InvoiceTotals totals = InvoiceTotals.of(lines, TaxSnapshot.NONE, TaxExemption.NONE, null, null);
        PrintedInvoice invoice = new PrintedInvoice(new com.jeweltrak.platform.pdf.Letterhead("Second Street", List.of(), null,
                null, null, null, null, null), "2001", LocalDate.of(2026, 11, 21), PrintedInvoice.Status.OPEN, null,
                null, null, null, List.of(PrintedInvoice.Line.of("J1", "Silver chain", lines.getFirst())),
                PrintedInvoice.Totals.of(totals), List.of(), as(() -> options.printedFor(store)));
        try (PDDocument document = Loader.loadPDF(invoicePdf.render(invoice))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Silver chain", "Balance 250.00",
                    "Cash App $goldco", "https://cash.app/$goldco");
        }
        as(() -> {
            configuring.delete(store, cashApp);
            return null;
        });
    }

    // R1 UI: the settings page adds an option through its form and lists it
    @Test
    void theSettingsPageAddsAndListsAnOption() throws Exception {
        String page = "/settings/stores/" + tenant.store().value() + "/payment-options";
        mvc.perform(multipart(page).file(new MockMultipartFile("image", new byte[0]))
                        .param("kind", "LINK").param("label", "Pay link").param("url", "https://pay.example/goldco")
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(page));
        mvc.perform(get(page).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("https://pay.example/goldco")));
    }

    // R12 UI: a refused field shows its message beside the field and keeps what was typed
    @Test
    void aRefusedLinkShowsItsMessageBesideTheField() throws Exception {
        String page = "/settings/stores/" + tenant.store().value() + "/payment-options";
        mvc.perform(post(page).param("kind", "LINK").param("label", "Venmo typed").param("url", "venmo.com/u/x")
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("starting with https://")))
                .andExpect(content().string(containsString("value=\"Venmo typed\"")));
    }

    // Design §3: another tenant's store and options are not found
    @Test
    void anotherTenantsOptionIsNotFound() throws Exception {
        long mine = as(() -> configuring.add(tenant.store(), link("Mine", "https://pay.example/mine")));
        assertThatThrownBy(() -> TenantContext.callAs(other.id(), other.owner().id(),
                () -> options.get(tenant.store(), mine))).isInstanceOf(RecordNotFound.class);
        mvc.perform(get("/settings/stores/" + tenant.store().value() + "/payment-options/" + mine)
                .with(other.owner().signedIn())).andExpect(status().isNotFound());
        as(() -> {
            configuring.delete(tenant.store(), mine);
            return null;
        });
    }

    // R8: Edit changes the label and link; the kind stays what it was
    @Test
    void editingAnOptionChangesItsLabelAndLinkButNotItsKind() throws Exception {
        long option = as(() -> configuring.add(tenant.store(), link("Old label", "https://pay.example/old")));
        String url = "/settings/stores/" + tenant.store().value() + "/payment-options/" + option;
        mvc.perform(get(url).with(tenant.owner().signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"Old label\"")));
        mvc.perform(post(url).param("kind", "WIRE").param("label", "New label").param("url", "https://pay.example/new")
                        .with(tenant.owner().signedIn()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        StorePaymentOption edited = as(() -> options.get(tenant.store(), option));
        assertThat(edited.kind()).isEqualTo(Kind.LINK);
        assertThat(edited.label()).isEqualTo("New label");
        assertThat(edited.url()).isEqualTo("https://pay.example/new");
        as(() -> {
            configuring.delete(tenant.store(), option);
            return null;
        });
    }
}
