package com.jeweltrak.inventory.tags;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Tags rendered as PDF and ZPL (04-inventory §Printing Barcode Tags R5, R6, R8). */
class TagRenderingTests {

    private final PrintingTags printing = new PrintingTags();
    private final TagContent ring = new TagContent("104217", "$1,250.00", List.of("14K Yellow Gold", "3.2 g"));

    // 04-inventory §Printing Barcode Tags R5: one tag per page, each copy its own page, at the tag's size
    @ParameterizedTest
    @EnumSource(TagStyle.class)
    void pdfHasOnePagePerCopyAtTheStylesSize(TagStyle style) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(printing.pdf(style, List.of(new TagRequest(ring, 3))))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            PDRectangle size = pdf.getPage(0).getMediaBox();
            assertThat(size.getWidth()).isCloseTo(TagPdf.mm(style.widthMm()), within(0.5f));
            assertThat(size.getHeight()).isCloseTo(TagPdf.mm(style.heightMm()), within(0.5f));
        }
    }

    // 04-inventory §Printing Barcode Tags R8: the StockID in text, the price and the family's lines
    @Test
    void pdfCarriesTheStockIdPriceAndFamilyLines() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(printing.pdf(TagStyle.LABEL_2_25_X_1_25, List.of(new TagRequest(ring, 1))))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("104217", "$1,250.00", "14K Yellow Gold", "3.2 g");
        }
    }

    // 04-inventory §Printing Barcode Tags R8: the barcode scans back to the StockID
    @ParameterizedTest
    @EnumSource(TagStyle.class)
    void barcodeDecodesBackToTheStockId(TagStyle style) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(printing.pdf(style, List.of(new TagRequest(ring, 1))))) {
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 600);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            var bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            var result = new MultiFormatReader().decode(bitmap, Map.of(
                    DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128), DecodeHintType.TRY_HARDER, true));
            assertThat(result.getText()).isEqualTo("104217");
        }
    }

    // 04-inventory §Printing Barcode Tags R6: ZPL for Zebra printers with a Code 128 field of the StockID
    @Test
    void zplHasACode128FieldOfTheStockIdAndTheCopies() {
        String zpl = printing.zpl(TagStyle.TT360B, List.of(new TagRequest(ring, 2)));
        assertThat(zpl).startsWith("^XA").contains("^BC", "^FD104217^FS", "^PQ2").endsWith("^XZ\n");
    }

    // a caret typed in an attribute must not end the ZPL field (and so the format) early
    @Test
    void zplEscapesCaretsAndTildesInItemText() {
        var odd = new TagContent("7", "", List.of("A^XZ~B_"));
        assertThat(printing.zpl(TagStyle.TT365, List.of(new TagRequest(odd, 1)))).contains("^FDA_5EXZ_7EB_5F^FS");
    }

    // text outside WinAnsi prints through the embedded font
    @Test
    void pdfPrintsTextOutsideWinAnsi() throws Exception {
        var pearl = new TagContent("9", "$80.00", List.of("Akoya 7–7.5 mm", "Ōkura ✓"));
        try (PDDocument pdf = Loader.loadPDF(printing.pdf(TagStyle.TT365, List.of(new TagRequest(pearl, 1))))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Ōkura");
        }
    }
}
