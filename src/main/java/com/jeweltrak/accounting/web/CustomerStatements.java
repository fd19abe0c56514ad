package com.jeweltrak.accounting.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.jeweltrak.accounting.Receivables;
import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.platform.mail.MailOutbox;
import com.jeweltrak.platform.mail.OutgoingMail;
import com.jeweltrak.platform.pdf.HtmlPdf;
import com.jeweltrak.platform.pdf.Letterhead;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.Stores;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Customer statements (08-accounting §AR R7; issue 10 point 1): for a date range, the customer's address, the AR
 * before the range (opening balance, from the journal), every AR entry in it with the running balance, the closing
 * balance, the open invoices with their age and the four buckets as of the range's end, credit on account and where to
 * remit. One PDF holds any number of statements, a page each; e-mailing queues one outbox message per customer with
 * their PDF attached, and a customer without an e-mail address is skipped, never an error.
 */
@Component
class CustomerStatements {

    /** What one printed statement shows. */
    record Statement(Letterhead remitTo, long customerId, String customer, List<String> addressLines, String email,
                     LocalDate from, LocalDate to, BigDecimal opening, List<Receivables.LedgerEntry> entries,
                     BigDecimal closing, List<Receivables.OpenInvoice> openInvoices, BigDecimal days0to30,
                     BigDecimal days31to60, BigDecimal days61to90, BigDecimal days91plus, BigDecimal credit) {
    }

    /** What e-mailing a batch did: how many were queued, and who was skipped for want of an address. */
    record Sent(int queued, List<String> skipped) {
        String message() {
            return "Queued " + queued + (queued == 1 ? " statement" : " statements")
                    + (skipped.isEmpty() ? "." : ", " + skipped.size() + " skipped (no e-mail): " + String.join(", ", skipped) + ".");
        }
    }

    static final String TEMPLATE = "accounting/documents/statement";

    private final Receivables receivables;
    private final Contacts contacts;
    private final Stores stores;
    private final ITemplateEngine templates;
    private final StoredFiles files;
    private final MailOutbox outbox;

    CustomerStatements(Receivables receivables, Contacts contacts, Stores stores, ITemplateEngine templates,
                       StoredFiles files, MailOutbox outbox) {
        this.receivables = receivables;
        this.contacts = contacts;
        this.stores = stores;
        this.templates = templates;
        this.files = files;
        this.outbox = outbox;
    }

    /** Bad input: a range that ends before it starts is refused beside its field. */
    static void checkRange(LocalDate from, LocalDate to) {
        if (from == null) throw new BusinessRuleViolated("from", "Enter the first day of the statement.");
        if (to == null) throw new BusinessRuleViolated("to", "Enter the last day of the statement.");
        if (to.isBefore(from)) throw new BusinessRuleViolated("to", "The statement must end on or after " + from + ".");
    }

    @Transactional(readOnly = true)
    public Statement statement(ContactId customerId, LocalDate from, LocalDate to) {
        checkRange(from, to);
        Contact customer = contacts.find(customerId).orElseThrow(() -> new RecordNotFound("Customer", customerId.value()));
        Receivables.Activity activity = receivables.activity(customerId, from, to);
        // §AR R7: the open invoices and credit as they stood at the range's end, so a past statement adds up to its
        // closing balance (the journal's AR as of that date) instead of mixing in later payments
        List<Receivables.OpenInvoice> open = receivables.openInvoicesOn(customerId, to);
        BigDecimal[] buckets = new BigDecimal[]{zero(), zero(), zero(), zero()};
        for (Receivables.OpenInvoice invoice : open) {
            int bucket = invoice.age() <= 30 ? 0 : invoice.age() <= 60 ? 1 : invoice.age() <= 90 ? 2 : 3;
            buckets[bucket] = buckets[bucket].add(invoice.balance());
        }
        Contact.Address billing = customer.billing();
        List<String> address = billing == null ? List.of() : java.util.stream.Stream.of(billing.line1(), billing.line2(),
                billing.cityLine()).filter(l -> l != null && !l.isBlank()).toList();
        String email = customer.reach() == null ? null : customer.reach().email();
        return new Statement(Letterhead.of(remitTo()), customerId.value(), customer.displayName(), address,
                email == null || email.isBlank() ? null : email.trim(), from, to, activity.opening(), activity.entries(),
                activity.closing(), open, buckets[0], buckets[1], buckets[2], buckets[3],
                receivables.creditOnAccountOn(customerId, to));
    }

    /** One PDF, a page (or more) per customer, in the order given. */
    @Transactional(readOnly = true)
    public byte[] pdf(Collection<ContactId> customers, LocalDate from, LocalDate to) {
        List<Statement> statements = new ArrayList<>();
        for (ContactId customer : customers) statements.add(statement(customer, from, to));
        return render(statements);
    }

    /** Queues one mail per customer with an address, their statement attached; the others are listed as skipped. */
    @Transactional
    public Sent email(Collection<ContactId> customers, LocalDate from, LocalDate to) {
        checkRange(from, to);
        int queued = 0;
        List<String> skipped = new ArrayList<>();
        for (ContactId customer : customers) {
            Statement statement = statement(customer, from, to);
            if (statement.email() == null || !statement.email().contains("@")) {
                skipped.add(statement.customer());
                continue;
            }
            FileId file = files.keep("statement-" + statement.customerId() + "-" + to + ".pdf", "application/pdf",
                    render(List.of(statement)));
            String store = statement.remitTo().name();
            String text = "Hello " + statement.customer() + ",\n\nAttached is your statement from " + store + " for "
                    + from + " to " + to + ". Balance due: " + statement.closing().toPlainString()
                    + ".\n\nWith kind regards";
            outbox.enqueue(new OutgoingMail(statement.email(), statement.customer(), null,
                    "Statement " + from + " – " + to + (store == null || store.isBlank() ? "" : " — " + store), text, null,
                    "statement", "contact", statement.customerId()), file);
            queued++;
        }
        return new Sent(queued, skipped);
    }

    String html(List<Statement> statements) {
        Context context = new Context(Locale.US);
        context.setVariable("statements", statements);
        return templates.process(TEMPLATE, context);
    }

    private byte[] render(List<Statement> statements) {
        return HtmlPdf.render(html(statements));
    }

    /** Remit to the store the person works in; a background caller gets the tenant's first store. */
    private Store remitTo() {
        List<Store> all = stores.all();
        return CurrentUser.get().map(CurrentUser::currentStore).filter(Objects::nonNull)
                .flatMap(choice -> all.stream().filter(s -> s.id().equals(choice.id())).findFirst())
                .orElseGet(all::getFirst);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
