package com.jeweltrak.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.tenancy.StoreId;

/**
 * A journal entry about to be posted: which document it records ({@code documentType} + id + human number), what
 * about it ({@code kind}: INVOICE_FINALIZED, PAYMENT_RECEIVED ...) and its lines, built with {@link #debit} and
 * {@link #credit}. A negative amount goes to the other side (a return invoice credits AR); a zero one is left out.
 */
public final class Posting {

    public record Line(SystemAccount account, BigDecimal debit, BigDecimal credit, ContactId contact) {
    }

    private final LocalDate date;
    private final StoreId store;
    private final String documentType;
    private final Long documentId;
    private final String documentNumber;
    private final String kind;
    private final String memo;
    private final List<Line> lines = new ArrayList<>();
    private Long invoiceId;

    private Posting(LocalDate date, StoreId store, String documentType, Long documentId, String documentNumber,
                    String kind, String memo) {
        this.date = date;
        this.store = store;
        this.documentType = documentType;
        this.documentId = documentId;
        this.documentNumber = documentNumber;
        this.kind = kind;
        this.memo = memo;
    }

    public static Posting of(LocalDate date, StoreId store, String documentType, Long documentId,
                             String documentNumber, String kind, String memo) {
        return new Posting(date, store, documentType, documentId, documentNumber, kind, memo);
    }

    /** The invoice the entry is about, for the sales-tax reports (08-accounting §Sales Tax R12). */
    public Posting aboutInvoice(long invoice) {
        this.invoiceId = invoice;
        return this;
    }

    public Posting debit(SystemAccount account, BigDecimal amount) {
        return debit(account, amount, null);
    }

    public Posting credit(SystemAccount account, BigDecimal amount) {
        return credit(account, amount, null);
    }

    public Posting debit(SystemAccount account, BigDecimal amount, ContactId contact) {
        return add(account, amount, contact, true);
    }

    public Posting credit(SystemAccount account, BigDecimal amount, ContactId contact) {
        return add(account, amount, contact, false);
    }

    private Posting add(SystemAccount account, BigDecimal amount, ContactId contact, boolean debit) {
        if (amount == null || amount.signum() == 0) return this;
        boolean onDebitSide = debit == (amount.signum() > 0);
        BigDecimal abs = Money.cents(amount.abs());
        lines.add(onDebitSide ? new Line(account, abs, BigDecimal.ZERO, contact)
                : new Line(account, BigDecimal.ZERO, abs, contact));
        return this;
    }

    public LocalDate date() { return date; }

    public StoreId store() { return store; }

    public String documentType() { return documentType; }

    public Long documentId() { return documentId; }

    public String documentNumber() { return documentNumber; }

    public String kind() { return kind; }

    public String memo() { return memo; }

    public Long invoiceId() { return invoiceId; }

    public List<Line> lines() { return List.copyOf(lines); }

    BigDecimal debits() {
        return lines.stream().map(Line::debit).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal credits() {
        return lines.stream().map(Line::credit).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
