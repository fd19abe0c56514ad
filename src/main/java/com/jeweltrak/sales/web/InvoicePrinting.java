package com.jeweltrak.sales.web;

import java.util.List;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.files.StoredFiles;
import com.jeweltrak.platform.mail.MailOutbox;
import com.jeweltrak.platform.mail.OutgoingMail;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.users.User;
import com.jeweltrak.platform.users.Users;
import com.jeweltrak.sales.Invoice;
import com.jeweltrak.sales.InvoicePayment;
import com.jeweltrak.sales.InvoiceStatus;
import com.jeweltrak.sales.documents.InvoicePdf;
import com.jeweltrak.sales.documents.PaymentOptions;
import com.jeweltrak.sales.documents.PrintedInvoice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invoice as printed (issue 6 §6): the PDF of an invoice, and that PDF e-mailed through the outbox — to the
 * customer's address or one typed on the page — kept as a stored file so the mail carries it when it is sent.
 */
@Component
class InvoicePrinting {


    private final InvoicePdf pdf;
    private final PaymentOptions paymentOptions;
    private final Stores stores;
    private final Contacts contacts;
    private final Users users;
    private final StoredFiles files;
    private final MailOutbox outbox;
    private final com.jeweltrak.sales.ReturnableLines returnable;

    InvoicePrinting(InvoicePdf pdf, PaymentOptions paymentOptions, Stores stores, Contacts contacts, Users users,
                    StoredFiles files, MailOutbox outbox, com.jeweltrak.sales.ReturnableLines returnable) {
        this.returnable = returnable;
        this.pdf = pdf;
        this.paymentOptions = paymentOptions;
        this.stores = stores;
        this.contacts = contacts;
        this.users = users;
        this.files = files;
        this.outbox = outbox;
    }

    @Transactional(readOnly = true)
    public byte[] pdf(Invoice invoice) {
        return pdf.render(printed(invoice));
    }

    /** Queues the mail with the PDF attached; a blank address means the customer's own. */
    @Transactional
    public String email(Invoice invoice, String typedAddress) {
        Contact customer = invoice.customer() == null ? null : contacts.find(invoice.customer()).orElse(null);
        String to = com.jeweltrak.platform.mail.Recipients.typedOrOnFile(typedAddress,
                customer == null ? null : customer.reach().email());
        FileId file = files.keep("invoice-" + invoice.numberText() + ".pdf", "application/pdf", pdf(invoice));
        String name = customer == null ? null : customer.displayName();
        String store = stores.find(invoice.store()).map(s -> s.name()).orElse("");
        String text = "Hello" + (name == null ? "" : " " + name) + ",\n\nAttached is invoice " + invoice.numberText()
                + " from " + store + ".\n\nWith kind regards";
        outbox.enqueue(new OutgoingMail(to, name, null, "Invoice " + invoice.numberText() + (store.isEmpty() ? "" : " — " + store),
                text, null, "invoice", "invoice", invoice.id().value()), file);
        return to;
    }

    PrintedInvoice printed(Invoice invoice) {
        var store = stores.find(invoice.store()).orElseThrow();
        PrintedInvoice.Party customer = invoice.customer() == null ? null : contacts.find(invoice.customer())
                .map(c -> new PrintedInvoice.Party(c.displayName(), List.of(
                        java.util.Objects.toString(c.billing().line1(), ""), java.util.Objects.toString(c.billing().line2(), ""),
                        java.util.Objects.toString(c.billing().cityLine(), "")))).orElse(null);
        PrintedInvoice.Party shipTo = invoice.shipTo() == null || invoice.shipTo().isBlank() ? null
                : new PrintedInvoice.Party(null, List.of(invoice.shipTo().split("\\R")));
        String salesperson = invoice.salesperson() == null ? null
                : users.find(invoice.salesperson()).map(User::displayName).orElse(null);
        // a return line says where it comes from (02-sales §Returns R1: the earlier invoice stays as it was)
        var sources = returnable.sourceNumbers(invoice);
        List<PrintedInvoice.Line> lines = invoice.lines().stream().map(l -> PrintedInvoice.Line.of(l.stockId(),
                l.isReturn() ? l.description() + " (returned from invoice " + sources.get(l.sourceLine()) + ")"
                        // 02-sales §Trade-In R1: the full credit allowed, never the actual value or a concession
                        : l.isTradeIn() ? "Trade-in: " + l.description() : l.description(), l.asSale())).toList();
        List<PrintedInvoice.Tender> tenders = invoice.appliedPayments().stream().map(InvoicePrinting::tender).toList();
        PrintedInvoice.Status status = switch (invoice.status()) {
            case OPEN -> PrintedInvoice.Status.OPEN;
            case FINALIZED -> PrintedInvoice.Status.FINALIZED;
            case VOIDED -> PrintedInvoice.Status.VOIDED;
        };
        return new PrintedInvoice(com.jeweltrak.platform.pdf.Letterhead.of(store), invoice.numberText(), invoice.date(), status,
                customer, shipTo, salesperson, invoice.reference(), lines, PrintedInvoice.Totals.of(invoice.totals()),
                tenders, invoice.status() == InvoiceStatus.VOIDED ? List.of() : paymentOptions.printedFor(invoice.store()));
    }


    static PrintedInvoice.Tender tender(InvoicePayment p) {
        // a refund (02-sales §Returns R5) prints as "Cash refund" with its negative amount
        String refund = p.refund() ? " refund" : "";
        return switch (p.method()) {
            case CASH -> new PrintedInvoice.Tender("Cash" + refund, null, p.amount());
            case CHECK -> new PrintedInvoice.Tender("Check" + refund, p.checkNumber(), p.amount());
            case CARD -> new PrintedInvoice.Tender("Card" + refund, "\u2022\u2022\u2022\u2022 " + p.cardLast4()
                    + (p.reference() == null ? "" : " ref " + p.reference()), p.amount());
            case OTHER -> new PrintedInvoice.Tender((p.methodName() == null ? "Other" : p.methodName()) + refund, null, p.amount());
            case STORE_CREDIT -> new PrintedInvoice.Tender(p.refund() ? "Store credit issued" : "Store credit", null, p.amount());
            // 03-services §3 R7: a deposit taken on the work order, applied here
            case DEPOSIT -> new PrintedInvoice.Tender("Deposit", p.reference(), p.amount());
            case GIFT_CARD -> new PrintedInvoice.Tender(p.refund() ? "Gift card issued" : "Gift card", p.reference(), p.amount());
        };
    }
}
