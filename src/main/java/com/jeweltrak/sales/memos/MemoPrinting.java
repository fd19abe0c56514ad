package com.jeweltrak.sales.memos;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.platform.mail.MailOutbox;
import com.jeweltrak.platform.mail.OutgoingMail;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.sales.documents.PrintedInvoice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The memo as printed (02-sales §Memos): the store, the customer, the lines with what is still out, the terms and the
 * expected return date — the invoice's approach (Thymeleaf XHTML laid out by openhtmltopdf, DejaVu Sans embedded) —
 * and that PDF e-mailed through the outbox to the customer's address or one typed on the page.
 */
@Component
public class MemoPrinting {

    static final String TEMPLATE = "sales/memos/document";

    /** What the template prints. */
    public record Printed(com.jeweltrak.platform.pdf.Letterhead store, String number, LocalDate date, LocalDate expectedReturn,
                          String terms, boolean voided, PrintedInvoice.Party customer, List<Line> lines, String counts,
                          BigDecimal total) {
    }

    public record Line(String stockId, String description, String quantity, String out, BigDecimal unitPrice,
                       BigDecimal adjustment, BigDecimal net, String status) {
    }

    private final ITemplateEngine templates;
    private final Stores stores;
    private final Contacts contacts;
    private final StoredFiles files;
    private final MailOutbox outbox;

    private final MemoCertificates certificates;

    MemoPrinting(ITemplateEngine templates, Stores stores, Contacts contacts, StoredFiles files, MailOutbox outbox,
                 MemoCertificates certificates) {
        this.certificates = certificates;
        this.templates = templates;
        this.stores = stores;
        this.contacts = contacts;
        this.files = files;
        this.outbox = outbox;
    }

    /** 03-services §12 R6, R7: the memo, then each chosen certificate (none chosen: the memo alone). */
    @Transactional(readOnly = true)
    public byte[] pdf(Memo memo, List<MemoCertificates.Candidate> chosen) {
        return certificates.appended(pdf(memo), chosen);
    }

    @Transactional(readOnly = true)
    public byte[] pdf(Memo memo) {
        Context context = new Context(Locale.US);
        context.setVariable("memo", printed(memo));
        String html = templates.process(TEMPLATE, context);
        return com.jeweltrak.platform.pdf.HtmlPdf.render(html);
    }

    /** Queues the mail with the PDF attached; a blank address means the customer's own. */
    @Transactional
    public String email(Memo memo, String typedAddress) {
        return email(memo, typedAddress, List.of());
    }

    /** 03-services §12 R4, R7: the memo's PDF with each chosen certificate attached as a file of its own. */
    @Transactional
    public String email(Memo memo, String typedAddress, List<MemoCertificates.Candidate> chosen) {
        Contact customer = contacts.find(memo.customer()).orElse(null);
        String to = com.jeweltrak.platform.mail.Recipients.typedOrOnFile(typedAddress,
                customer == null ? null : customer.reach().email());
        List<FileId> attached = new java.util.ArrayList<>();
        attached.add(files.keep("memo-" + memo.numberText() + ".pdf", "application/pdf", pdf(memo)));
        chosen.forEach(certificate -> attached.add(new FileId(certificate.fileId())));
        String name = customer == null ? null : customer.displayName();
        String store = stores.find(memo.store()).map(s -> s.name()).orElse("");
        String text = "Hello" + (name == null ? "" : " " + name) + ",\n\nAttached is memo " + memo.numberText()
                + " from " + store + (memo.expectedReturn() == null ? "" : ", expected back by " + memo.expectedReturn())
                + "." + (chosen.isEmpty() ? "" : " The certificates of its stones are attached too ("
                + chosen.stream().map(MemoCertificates.Candidate::title).collect(java.util.stream.Collectors.joining(", "))
                + ").") + "\n\nWith kind regards";
        outbox.enqueue(new OutgoingMail(to, name, null, "Memo " + memo.numberText() + (store.isEmpty() ? "" : " — " + store),
                text, null, "memo", "memo", memo.id().value()), attached);
        return to;
    }

    Printed printed(Memo memo) {
        var store = stores.find(memo.store()).orElseThrow();
        PrintedInvoice.Party customer = contacts.find(memo.customer())
                .map(c -> new PrintedInvoice.Party(c.displayName(), List.of(Objects.toString(c.billing().line1(), ""),
                        Objects.toString(c.billing().line2(), ""), Objects.toString(c.billing().cityLine(), ""))))
                .orElse(null);
        List<Line> lines = memo.lines().stream().map(l -> new Line(l.stockId(), l.description(),
                MemoCounts.units(l.quantity()), MemoCounts.units(l.out()), l.unitPrice(), l.adjustment(), l.net(),
                l.status().label())).toList();
        BigDecimal total = memo.lines().stream().map(MemoLine::net).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Printed(com.jeweltrak.platform.pdf.Letterhead.of(store), memo.numberText(), memo.date(), memo.expectedReturn(),
                memo.terms(), memo.voided(), customer, lines, memo.counts().text(), total);
    }
}
