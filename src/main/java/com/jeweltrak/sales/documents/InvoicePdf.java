package com.jeweltrak.sales.documents;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;

import com.openhtmltopdf.util.XRLog;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The invoice as a PDF (issue 6 §6): the Thymeleaf template {@code sales/documents/invoice.html} (well-formed XHTML)
 * rendered to a string, then laid out by openhtmltopdf on PDFBox 3 with DejaVu Sans embedded, so any name or
 * description prints. Images (the store's logo, QR codes) go in as data URIs: the PDF never fetches anything.
 */
@Component
public class InvoicePdf {

    static final String TEMPLATE = "sales/documents/invoice";

    static {
        // openhtmltopdf logs several INFO lines per document ("Prepare to fly"); keep its warnings and errors only
        for (String logger : XRLog.listRegisteredLoggers()) XRLog.setLevel(logger, Level.WARNING);
    }

    private final ITemplateEngine templates;

    public InvoicePdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(PrintedInvoice invoice) {
        String html = html(invoice);
        return com.jeweltrak.platform.pdf.HtmlPdf.render(html);
    }

    /** The XHTML the PDF is laid out from. */
    String html(PrintedInvoice invoice) {
        Context context = new Context(Locale.US);
        context.setVariable("invoice", invoice);
        context.setVariable("logo", invoice.store().logo() == null ? null
                : dataUri(invoice.store().logoMediaType(), invoice.store().logo()));
        context.setVariable("paymentOptions", printedOptions(invoice));
        return templates.process(TEMPLATE, context);
    }

    /** Payment Options R9–R10: only when something is owed and the invoice is not voided. */
    static List<OptionView> printedOptions(PrintedInvoice invoice) {
        boolean owed = invoice.totals().balance().signum() > 0;
        if (!owed || invoice.status() == PrintedInvoice.Status.VOIDED) return List.of();
        return invoice.paymentOptions().stream().map(option -> switch (option.kind()) {
            case LINK_QR -> new OptionView(option.label(), dataUri("image/png", QrCode.png(option.url())), option.url(),
                    null);
            case IMAGE_QR -> new OptionView(option.label(), dataUri(option.imageMediaType(), option.image()), null, null);
            case WIRE -> new OptionView(option.label(), null, null, option.instructions());
        }).toList();
    }

    /** A payment option ready for the template: a QR image (data URI) with its link, or wire instructions. */
    public record OptionView(String label, String qr, String url, String instructions) {
    }

    private static String dataUri(String mediaType, byte[] bytes) {
        return "data:" + (mediaType == null ? "image/png" : mediaType) + ";base64,"
                + Base64.getEncoder().encodeToString(bytes);
    }

}
