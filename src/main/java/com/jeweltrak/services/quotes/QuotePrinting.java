package com.jeweltrak.services.quotes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.platform.mail.MailOutbox;
import com.jeweltrak.platform.mail.OutgoingMail;
import com.jeweltrak.platform.mail.Recipients;
import com.jeweltrak.platform.pdf.HtmlPdf;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.copies.Letterheads;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The Quote PDF (03-services §4 R5–R8): one page with the shop's letterhead, the customer, the scope of work (the
 * job's description), the QUOTED PRICE box, the revision history when there is more than one version, the fixed terms
 * paragraph (R7) and the customer's acceptance signature line — laid out like the other documents (Thymeleaf XHTML
 * through {@link HtmlPdf}) and e-mailed through the outbox. It exists exactly when the job has a price quoted (R5).
 */
@Component
public class QuotePrinting {

    static final String TEMPLATE = "services/quotes/document";

    /**
     * R7, the default terms (fixed; no per-tenant editor yet): valid 30 days from the quote date; the price may change
     * with the scope, with substantial moves in material costs or when extra work is asked for; a deposit may be
     * needed before work starts; the signature authorises the described scope at the quoted price.
     */
    static final String TERMS = "This quote is valid for 30 days from the quote date. The final price may change if the "
            + "scope of work changes, if material costs move substantially, or if additional work is requested. A deposit "
            + "may be required before work begins. By signing below, the customer authorizes the work described above at "
            + "the quoted price.";

    /** What the template prints. */
    public record Printed(com.jeweltrak.platform.pdf.Letterhead store, String title, String number, LocalDate quoteDate,
                          Letterheads.Party customer, String scope, BigDecimal quotedPrice, Integer currentVersion,
                          List<Revision> revisions, String terms) {
    }

    /** A line of the revision history, dated in the store's time zone. */
    public record Revision(int version, LocalDate date, String notes, BigDecimal amount) {
    }

    private final ITemplateEngine templates;
    private final Letterheads letterheads;
    private final Quotes quotes;
    private final Stores stores;
    private final Contacts contacts;
    private final StoredFiles files;
    private final MailOutbox outbox;

    QuotePrinting(ITemplateEngine templates, Letterheads letterheads, Quotes quotes, Stores stores, Contacts contacts,
                  StoredFiles files, MailOutbox outbox) {
        this.templates = templates;
        this.letterheads = letterheads;
        this.quotes = quotes;
        this.stores = stores;
        this.contacts = contacts;
        this.files = files;
        this.outbox = outbox;
    }

    @Transactional(readOnly = true)
    public byte[] pdf(WorkOrder job) {
        Context context = new Context(Locale.US);
        context.setVariable("quote", printed(job));
        return HtmlPdf.render(templates.process(TEMPLATE, context));
    }

    /** R8: the PDF e-mailed through the outbox; a blank address means the customer's own. Returns the address. */
    @Transactional
    public String email(WorkOrder job, String typedAddress) {
        Contact customer = job.customer() == null ? null : contacts.find(job.customer()).orElse(null);
        String to = Recipients.typedOrOnFile(typedAddress, customer == null ? null : customer.reach().email());
        byte[] pdf = pdf(job);
        var attachment = files.keep("quote-" + job.numberText() + ".pdf", "application/pdf", pdf);
        String name = customer == null ? null : customer.displayName();
        String store = stores.find(job.store()).map(com.jeweltrak.platform.tenancy.Store::name).orElse("");
        String text = "Hello" + (name == null ? "" : " " + name) + ",\n\nAttached is our quote for " + job.item()
                + " (job " + job.numberText() + "). Please sign and return it to go ahead.\n\nWith kind regards"
                + (store.isEmpty() ? "" : "\n" + store);
        outbox.enqueue(new OutgoingMail(to, name, null, "Quote for job " + job.numberText()
                + (store.isEmpty() ? "" : " — " + store), text, null, "work-order-quote", "work_order", job.id().value()),
                attachment);
        return to;
    }

    Printed printed(WorkOrder job) {
        if (job.priceQuoted() == null) throw new RecordNotFound("Quote of work order", job.id());
        List<QuoteVersion> versions = quotes.of(job.id());
        QuoteVersion current = versions.isEmpty() ? null : versions.getLast();
        java.time.ZoneId zone = stores.get(job.store()).timeZone();
        LocalDate date = current == null ? job.intakeDate() : LocalDate.ofInstant(current.createdAt(), zone);
        String title = job.orderType() == com.jeweltrak.services.OrderType.CUSTOM ? "Build " : "Job ";
        return new Printed(letterheads.of(job.store()), "Quote", title + job.numberText(), date,
                letterheads.party(job.customer()), job.item(), job.priceQuoted(),
                current == null ? null : current.version(), versions.size() > 1 ? versions.stream().map(v -> new Revision(
                        v.version(), LocalDate.ofInstant(v.createdAt(), zone), v.notes(), v.amount())).toList() : List.of(),
                TERMS);
    }
}
