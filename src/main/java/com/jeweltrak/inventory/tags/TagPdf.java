package com.jeweltrak.inventory.tags;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Tags as a PDF at the tag's own size, one tag per page, each repeated for its copies — what label printers'
 * drivers expect. Drawn with PDFBox directly: a tag is a barcode and a few lines at fixed places, which needs
 * no HTML layout; the bars are vector rectangles so they stay sharp at any printer resolution. The text uses
 * embedded DejaVu Sans Condensed so any description prints (no WinAnsi limit).
 */
final class TagPdf {

    private static final float POINTS_PER_MM = 72f / 25.4f;

    private TagPdf() {
    }

    static byte[] render(TagStyle style, List<TagRequest> tags) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = font(document);
            for (TagRequest tag : tags) {
                for (int copy = 0; copy < tag.copies(); copy++) page(document, font, style, tag.content());
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFont font(PDDocument document) throws IOException {
        try (InputStream ttf = TagPdf.class.getResourceAsStream("/fonts/DejaVuSansCondensed.ttf")) {
            return PDType0Font.load(document, ttf);
        }
    }

    private static void page(PDDocument document, PDFont font, TagStyle style, TagContent content) throws IOException {
        float width = mm(style.widthMm());
        float height = mm(style.heightMm());
        PDPage page = new PDPage(new PDRectangle(width, height));
        document.addPage(page);
        float margin = mm(style.marginMm());
        float faceWidth = (width - 2 * margin - (style.faces() - 1) * margin * 2) / style.faces();
        float innerHeight = height - 2 * margin;
        try (PDPageContentStream s = new PDPageContentStream(document, page)) {
            if (style.faces() == 2) {
                // barcode face | fold | price face
                barcodeBlock(s, font, content, margin, margin, faceWidth, innerHeight);
                textBlock(s, font, priceFace(content), margin * 3 + faceWidth, margin, faceWidth, innerHeight);
            } else {
                float barcodeHeight = innerHeight * 0.5f;
                textBlock(s, font, priceFace(content), margin, margin + barcodeHeight, faceWidth, innerHeight - barcodeHeight);
                barcodeBlock(s, font, content, margin, margin, faceWidth, barcodeHeight);
            }
        }
    }

    private static List<String> priceFace(TagContent content) {
        List<String> lines = new ArrayList<>();
        if (!content.price().isEmpty()) lines.add(content.price());
        lines.addAll(content.lines());
        return lines;
    }

    /** Bars over the StockID in text, filling the block's width. */
    private static void barcodeBlock(PDPageContentStream s, PDFont font, TagContent content, float x, float y,
                                     float width, float height) throws IOException {
        float textSize = Math.min(7f, height * 0.28f);
        boolean[] modules = Code128.modules(content.stockId());
        float module = width / modules.length;
        float barBottom = y + textSize * 1.1f;
        float barHeight = height - textSize * 1.1f;
        s.setNonStrokingColor(0f);
        for (int i = 0; i < modules.length; i++) {
            if (modules[i]) s.addRect(x + i * module, barBottom, module, barHeight);
        }
        s.fill();
        text(s, font, textSize, content.stockId(), x + (width - font.getStringWidth(content.stockId()) / 1000 * textSize) / 2, y + textSize * 0.2f);
    }

    /** Lines from the top, shrunk to fit the block's height and each cut to its width. */
    private static void textBlock(PDPageContentStream s, PDFont font, List<String> lines, float x, float y,
                                  float width, float height) throws IOException {
        if (lines.isEmpty()) return;
        // room for the last line's descenders (the g of "4.7 g"), so text never touches the bars below
        float size = Math.min(8f, height / (lines.size() * 1.15f + 0.35f));
        float baseline = y + height - size;
        for (String line : lines) {
            text(s, font, size, fit(font, size, line, width), x, baseline);
            baseline -= size * 1.15f;
        }
    }

    private static String fit(PDFont font, float size, String line, float width) throws IOException {
        String fitted = line;
        while (fitted.length() > 1 && font.getStringWidth(fitted) / 1000 * size > width) {
            fitted = fitted.substring(0, fitted.length() - 1);
        }
        return fitted;
    }

    private static void text(PDPageContentStream s, PDFont font, float size, String text, float x, float y) throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    static float mm(double mm) {
        return (float) (mm * POINTS_PER_MM);
    }
}
