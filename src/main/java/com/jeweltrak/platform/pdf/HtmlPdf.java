package com.jeweltrak.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Lays out a printed document (invoice, memo, appraisal …) from its XHTML with openhtmltopdf. One embedded face serves
 * both weights: headings are set apart by size, and nothing falls back to a non-embedded base-14 font that cannot
 * print € or accented names (design §2: ship the font in the jar).
 */
public final class HtmlPdf {

    private static final String FONT = "/fonts/DejaVuSansCondensed.ttf";

    private HtmlPdf() {
    }

    public static byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(HtmlPdf::font, "DejaVu Sans", 400, FontStyle.NORMAL, true);
            builder.useFont(HtmlPdf::font, "DejaVu Sans", 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font() {
        return HtmlPdf.class.getResourceAsStream(FONT);
    }
}
