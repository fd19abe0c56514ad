package com.jeweltrak.services.appraisals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.platform.mail.MailOutbox;
import com.jeweltrak.platform.mail.OutgoingMail;
import com.jeweltrak.platform.pdf.Letterhead;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.Stores;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The appraisal as printed (03-services §13 R5, R8): the store letterhead, the customer, the purpose, every item with
 * its details and value, the total appraised value, the purpose's statement and the appraiser's signature line — laid
 * out as the invoice is (Thymeleaf XHTML, openhtmltopdf, DejaVu Sans embedded) — and that PDF e-mailed through the
 * outbox to the customer's address or one typed on the page. A draft prints marked DRAFT.
 */
@Component
public class AppraisalPrinting {

    static final String TEMPLATE = "services/appraisals/document";

    /** What the template prints. */
    public record Printed(Letterhead store, String number, LocalDate date, boolean draft, String purpose,
                          String valueHeading, String statement, String headerNotes, Party customer,
                          List<AppraisalItem> items, BigDecimal total, String appraiserName, String appraiserTitle,
                          String revisesNumber, java.util.Map<Long, List<String>> photos) {
    }


    public record Party(String name, List<String> addressLines) {
    }

    private final ITemplateEngine templates;
    private final Stores stores;
    private final Contacts contacts;
    private final StoredFiles files;
    private final MailOutbox outbox;

    AppraisalPrinting(ITemplateEngine templates, Stores stores, Contacts contacts, StoredFiles files, MailOutbox outbox) {
        this.templates = templates;
        this.stores = stores;
        this.contacts = contacts;
        this.files = files;
        this.outbox = outbox;
    }

    @Transactional(readOnly = true)
    public byte[] pdf(Appraisal appraisal) {
        Context context = new Context(Locale.US);
        context.setVariable("appraisal", printed(appraisal));
        String html = templates.process(TEMPLATE, context);
        return com.jeweltrak.platform.pdf.HtmlPdf.render(html);
    }

    /** Queues the mail with the PDF attached; a blank address means the customer's own. Returns the address. */
    @Transactional
    public String email(Appraisal appraisal, String typedAddress) {
        Contact customer = contacts.find(appraisal.customer()).orElse(null);
        String to = com.jeweltrak.platform.mail.Recipients.typedOrOnFile(typedAddress,
                customer == null ? null : customer.reach().email());
        var attachment = files.keep("appraisal-" + appraisal.numberText() + ".pdf", "application/pdf", pdf(appraisal));
        String name = customer == null ? null : customer.displayName();
        String store = stores.find(appraisal.store()).map(Store::name).orElse("");
        String text = "Hello" + (name == null ? "" : " " + name) + ",\n\nAttached is appraisal " + appraisal.numberText()
                + " (" + appraisal.purpose().label().toLowerCase(Locale.ROOT) + ") from " + store + ".\n\nWith kind regards";
        outbox.enqueue(new OutgoingMail(to, name, null, "Appraisal " + appraisal.numberText()
                + (store.isEmpty() ? "" : " — " + store), text, null, "appraisal", "appraisal", appraisal.id().value()),
                attachment);
        return to;
    }

    Printed printed(Appraisal appraisal) {
        Store store = stores.find(appraisal.store()).orElseThrow();
        Letterhead letterhead = Letterhead.of(store);
        Party customer = contacts.find(appraisal.customer()).map(c -> new Party(c.displayName(),
                lines(c.billing().line1(), c.billing().line2(), c.billing().cityLine()))).orElse(null);
        return new Printed(letterhead, appraisal.numberText(), appraisal.date(), !appraisal.finalized(),
                appraisal.purpose().label(), appraisal.purpose().valueHeading(), appraisal.purpose().statement(),
                appraisal.headerNotes(), customer, appraisal.items(), appraisal.total(), appraisal.appraiserName(),
                appraisal.appraiserTitle(), appraisal.revisesNumber() == null ? null : appraisal.revisesNumber().toString(),
                photos(appraisal));
    }

    /** R5: each item's photos as data URIs, which the renderer draws without fetching anything. */
    private java.util.Map<Long, List<String>> photos(Appraisal appraisal) {
        java.util.Map<Long, List<String>> photos = new java.util.HashMap<>();
        appraisal.items().forEach(i -> photos.put(i.id(), i.photoFileIds().stream().map(id -> {
            var file = files.open(new com.jeweltrak.platform.files.FileId(id));
            return "data:" + file.file().contentType() + ";base64," + java.util.Base64.getEncoder().encodeToString(file.bytes());
        }).toList()));
        return photos;
    }

    private static List<String> lines(String... lines) {
        return Stream.of(lines).map(l -> Objects.toString(l, "")).filter(l -> !l.isBlank()).toList();
    }
}
