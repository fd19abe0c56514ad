package com.jeweltrak.sales;

/**
 * The invoice balance rule of {@link InvoiceTotals} (08-accounting "Invoice Balance": total − what the live tenders
 * paid − the standing write-off) for SQL that reads many invoices at once — lists and reports — over invoice alias
 * {@code i}. Each piece is one select of one column, usable as a scalar subquery or a lateral join.
 */
public final class InvoiceBalanceSql {

    private InvoiceBalanceSql() {
    }

    /** What has been paid on invoice {@code i}: its tenders and applied payments, neither voided nor moved to credit. */
    public static final String PAID = """
            select coalesce(sum(p.amount), 0) as paid from invoice_payment p
            where p.tenant_id = i.tenant_id and p.invoice_id = i.id and p.voided_at is null and p.moved_to_credit_at is null""";

    /** The standing (not reversed) write-off of invoice {@code i}. */
    public static final String WRITTEN_OFF = """
            select coalesce(sum(w.amount), 0) as written_off from invoice_write_off w
            where w.tenant_id = i.tenant_id and w.invoice_id = i.id and w.reversed_at is null""";
}
