package com.jeweltrak.inventory.tags;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.stereotype.Service;

/**
 * Barcode tags (04-inventory §Printing Barcode Tags) as PDF, ZPL or a preview image. Only renders: printing
 * never changes inventory (R7), so nothing here touches the database.
 */
@Service
public class PrintingTags {

    public byte[] pdf(TagStyle style, List<TagRequest> tags) {
        return TagPdf.render(style, tags);
    }

    public String zpl(TagStyle style, List<TagRequest> tags) {
        return TagZpl.render(style, tags);
    }

    /** The first tag as a PNG, at a resolution fine enough to see the bars on screen. */
    public byte[] preview(TagStyle style, TagContent content) {
        try (PDDocument document = Loader.loadPDF(pdf(style, List.of(new TagRequest(content, 1))));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 300, ImageType.GRAY);
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
