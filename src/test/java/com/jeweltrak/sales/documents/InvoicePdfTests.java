package com.jeweltrak.sales.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.jeweltrak.sales.InvoiceTotals;
import com.jeweltrak.sales.LineKind;
import com.jeweltrak.sales.SaleLine;
import com.jeweltrak.sales.TaxExemption;
import com.jeweltrak.sales.TaxSnapshot;
import com.jeweltrak.sales.documents.PrintedInvoice.Line;
import com.jeweltrak.sales.documents.PrintedInvoice.Party;
import com.jeweltrak.sales.documents.PrintedInvoice.PaymentOption;
import com.jeweltrak.sales.documents.PrintedInvoice.Status;
import com.jeweltrak.platform.pdf.Letterhead;
import com.jeweltrak.sales.documents.PrintedInvoice.Tender;
import com.jeweltrak.sales.documents.PrintedInvoice.Totals;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** The invoice PDF (issue 6 §6): its text read back with PDFBox. */
class InvoicePdfTests {

    static final TaxSnapshot FLORIDA = new TaxSnapshot(d("0.06"), d("0.01"), d("5000.00"));
    static final Letterhead STORE = new Letterhead("Gold & Co Jewelers", List.of("12 Main Street", "Tampa FL 33602"),
            "(813) 555-0100", "shop@goldco.example", "FL-78-0001", "No Refunds \u2014 Store Credit Only", null, null);

    private final InvoicePdf pdf = new InvoicePdf(engine());

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static SpringTemplateEngine engine() {
        // configured as Spring Boot configures the application's engine (templates/*.html, HTML mode, UTF-8)
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    static PrintedInvoice invoice(Status status, Party customer, List<SaleLine> lines, List<String> descriptions,
                                  BigDecimal paid, List<Tender> tenders, List<PaymentOption> options) {
        InvoiceTotals totals = InvoiceTotals.of(lines, FLORIDA, TaxExemption.NONE, null, paid);
        List<Line> printed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) printed.add(Line.of("J10" + i, descriptions.get(i), lines.get(i)));
        return new PrintedInvoice(STORE, "1042", LocalDate.of(2026, 11, 20), status, customer, null, "Ana Ruiz",
                null, printed, Totals.of(totals), tenders, options);
    }

    static String text(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }

    // issue 6 §6 + Adjustment UI: a walk-in sale prints store, lines with list / adjustment / net, tax parts, tenders
    @Test
    void aWalkInSalePrintsItsLinesTaxTendersAndBalance() throws IOException {
        List<SaleLine> lines = List.of(
                SaleLine.sale(LineKind.ITEM, d("1"), d("1200.00"), d("200.00"), true, d("500")),
                SaleLine.sale(LineKind.ITEM, d("3"), d("3000.00"), null, true, d("1000")));
        PrintedInvoice invoice = invoice(Status.FINALIZED, null, lines, List.of("14k gold band", "Steel watch"),
                d("10000.00"), List.of(new Tender("Cash", null, d("2000.00")), new Tender("Visa", "\u2022\u2022\u2022\u2022 4242", d("8000.00"))),
                List.of());
        String text = text(pdf.render(invoice));
        assertThat(text).contains("Gold & Co Jewelers", "12 Main Street", "Tax number FL-78-0001", "Invoice 1042",
                "11/20/2026", "Walk-in customer", "Salesperson Ana Ruiz", "Finalized");
        assertThat(text).contains("14k gold band", "1,200.00", "-200.00", "1,000.00", "Steel watch", "9,000.00");
        // 10,000 × 0.06 = 600.00; surtax 1,000 × 0.01 + 9,000 × 0.01 = 100.00
        assertThat(text).contains("Subtotal 10,000.00", "Sales tax 600.00", "Surtax 100.00", "Total 10,700.00");
        assertThat(text).contains("Cash 2,000.00", "Visa \u2022\u2022\u2022\u2022 4242 8,000.00", "Paid 10,000.00",
                "Balance 700.00");
        assertThat(text).contains("No Refunds \u2014 Store Credit Only");
    }

    // 08-accounting §Writing Off R4: the printed totals show what a standing write-off cleared, and the balance after it
    @Test
    void aWrittenOffInvoicePrintsTheWriteOffInItsTotals() throws IOException {
        List<SaleLine> lines = List.of(SaleLine.sale(LineKind.ITEM, d("1"), d("1000.00"), null, true, null));
        InvoiceTotals totals = InvoiceTotals.of(lines, FLORIDA, TaxExemption.NONE, null, d("400.00")).lessWrittenOff(d("670.00"));
        PrintedInvoice written = new PrintedInvoice(STORE, "1043", LocalDate.of(2026, 11, 20), Status.FINALIZED,
                new Party("Maria Lopez", List.of()), null, null, null,
                List.of(Line.of("J100", "Pearl studs", lines.get(0))), Totals.of(totals),
                List.of(new Tender("Cash", null, d("400.00"))), List.of());
        // 1,000 + 6% tax + 1% surtax = 1,070.00; 400.00 paid; 670.00 written off; nothing owed
        assertThat(text(pdf.render(written))).contains("Total 1,070.00", "Paid 400.00", "Written off 670.00", "Balance 0.00");
        PrintedInvoice plain = invoice(Status.FINALIZED, null, lines, List.of("Pearl studs"), d("400.00"), List.of(), List.of());
        assertThat(text(pdf.render(plain))).doesNotContain("Written off").contains("Balance 670.00");
    }

    // 02-sales §Returns R2–R3 / 08 §Sales Tax R10: a return line prints negative with the tax it gives back
    @Test
    void aReturnLinePrintsNegativeFiguresAndTheTaxGivenBack() throws IOException {
        SaleLine sold = SaleLine.sale(LineKind.ITEM, d("3"), d("3000.00"), null, true, d("1000"));
        PrintedInvoice invoice = invoice(Status.FINALIZED, new Party("Maria Lopez", List.of("4 Bay Road", "Tampa FL")),
                List.of(SaleLine.returning(d("1"), sold, FLORIDA, true)), List.of("Steel watch (returned)"),
                null, List.of(), List.of());
        String text = text(pdf.render(invoice));
        assertThat(text).contains("Maria Lopez", "4 Bay Road", "Steel watch (returned)", "-1", "-3,000.00");
        assertThat(text).contains("Sales tax -180.00", "Surtax -30.00", "Total -3,210.00", "Balance -3,210.00");
    }

    // 02-sales §Finalize (Void): a voided invoice says VOID, and prints no way to pay (Payment Options R10)
    @Test
    void aVoidedInvoiceShowsVoidAndNoPaymentOptions() throws IOException {
        PrintedInvoice invoice = invoice(Status.VOIDED, null,
                List.of(SaleLine.sale(LineKind.ITEM, d("1"), d("500.00"), null, true, null)), List.of("Pearl studs"),
                null, List.of(), List.of(PaymentOption.link("Venmo @goldco", "https://venmo.com/u/goldco"),
                        PaymentOption.wire("Bank wire", "Bank of Tampa, routing 063000047")));
        String text = text(pdf.render(invoice));
        assertThat(text).contains("VOID", "Pearl studs");
        assertThat(text).doesNotContain("Venmo", "routing");
    }

    // Payment Options R3, R5, R7, R8: a QR per link option with its label, in list order, and the wire block as text
    @Test
    void paymentOptionsPrintAScannableQrAndTheWireInstructions() throws Exception {
        PrintedInvoice invoice = invoice(Status.OPEN, null,
                List.of(SaleLine.sale(LineKind.ITEM, d("1"), d("500.00"), null, true, null)), List.of("Pearl studs"),
                null, List.of(), List.of(PaymentOption.link("Venmo @goldco", "https://venmo.com/u/goldco"),
                        PaymentOption.wire("Bank wire", "Bank of Tampa, routing 063000047, account 12345")));
        byte[] bytes = pdf.render(invoice);
        String text = text(bytes);
        assertThat(text).contains("Venmo @goldco", "Bank wire", "Bank of Tampa, routing 063000047, account 12345");
        assertThat(text.indexOf("Venmo @goldco")).isLessThan(text.indexOf("Bank wire"));
        assertThat(decodedQrCodes(bytes)).containsExactly("https://venmo.com/u/goldco");
    }

    // Payment Options R10: nothing to pay, nothing to scan
    @Test
    void aPaidInvoicePrintsNoPaymentOptions() throws IOException {
        PrintedInvoice invoice = invoice(Status.FINALIZED, null,
                List.of(SaleLine.sale(LineKind.ITEM, d("1"), d("100.00"), null, false, null)), List.of("Cleaning cloth"),
                d("100.00"), List.of(new Tender("Cash", null, d("100.00"))),
                List.of(PaymentOption.link("PayPal", "https://paypal.me/goldco")));
        String text = text(pdf.render(invoice));
        assertThat(text).contains("Balance 0.00").doesNotContain("PayPal");
    }

    // Store Configuration R2: the logo prints; the font is embedded so any name prints
    @Test
    void theLogoPrintsAndTheFontIsEmbedded() throws IOException {
        byte[] logo = QrCode.png("logo stand-in");
        Letterhead withLogo = new Letterhead("Zoë's Jewelry", List.of(), null, null, null, null, logo, "image/png");
        PrintedInvoice base = invoice(Status.OPEN, new Party("Jürgen Çelik", List.of()),
                List.of(SaleLine.sale(LineKind.SERVICE, d("1"), d("40.00"), null, true, null)), List.of("Ring sizing"),
                null, List.of(), List.of());
        PrintedInvoice invoice = new PrintedInvoice(withLogo, base.number(), base.date(), base.status(), base.customer(),
                null, null, null, base.lines(), base.totals(), List.of(), List.of());
        byte[] bytes = pdf.render(invoice);
        assertThat(text(bytes)).contains("Zoë's Jewelry", "Jürgen Çelik", "Ring sizing");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDResources resources = document.getPage(0).getResources();
            assertThat(images(resources)).hasSize(1);
            List<String> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                fonts.add(font.getName());
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
            assertThat(fonts).anyMatch(f -> f.contains("DejaVu"));
        }
    }

    // The template is well-formed XHTML, as openhtmltopdf's XML parser needs
    @Test
    void theTemplateRendersWellFormedXhtml() throws Exception {
        PrintedInvoice invoice = invoice(Status.OPEN, null,
                List.of(SaleLine.sale(LineKind.ITEM, d("1"), d("5.00"), null, true, null)), List.of("A < B & C"),
                null, List.of(), List.of(PaymentOption.wire("Wire", "x")));
        String html = pdf.html(invoice);
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(html).contains("A &lt; B &amp; C");
    }

    private static List<PDImageXObject> images(PDResources resources) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) images.add(image);
        }
        return images;
    }

    private static List<String> decodedQrCodes(byte[] pdfBytes) throws Exception {
        List<String> decoded = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdfBytes)) {
            for (PDImageXObject image : images(document.getPage(0).getResources())) {
                BufferedImage picture = image.getImage();
                int[] pixels = picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0, picture.getWidth());
                BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                        new RGBLuminanceSource(picture.getWidth(), picture.getHeight(), pixels)));
                decoded.add(new QRCodeReader().decode(bitmap).getText());
            }
        }
        return decoded;
    }

    // Store Configuration R2–R4: the store's own name, address, phone, permit number and disclaimer head the invoice
    @Test
    void theStoreHeaderComesFromTheStoresSettings() {
        com.jeweltrak.platform.tenancy.Store store = new com.jeweltrak.platform.tenancy.Store(null, "Gold & Co",
                new com.jeweltrak.platform.tenancy.Store.Address("12 Main Street", "Tampa", "FL", "33602", null),
                "(813) 555-0100", null, java.time.ZoneId.of("America/New_York"), "FL-78-0001", "No Refunds", null, 'J',
                null, true);
        Letterhead header = Letterhead.of(store);
        assertThat(header.addressLines()).containsExactly("12 Main Street", "Tampa FL 33602");
        assertThat(header.taxNumber()).isEqualTo("FL-78-0001");
        assertThat(header.disclaimer()).isEqualTo("No Refunds");
        assertThat(header.logo()).isNull();
    }
}
