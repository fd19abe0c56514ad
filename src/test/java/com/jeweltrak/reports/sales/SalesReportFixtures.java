package com.jeweltrak.reports.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.tenancy.UserId;
import com.jeweltrak.sales.AddingALine;
import com.jeweltrak.sales.ChangingAnInvoice;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.Invoices;
import com.jeweltrak.sales.LineKind;
import com.jeweltrak.sales.OpeningAnInvoice;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.sales.TakingATender;
import com.jeweltrak.sales.VoidingAnInvoice;
import com.jeweltrak.support.TestTenants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Invoices for the sales-report tests, made through the real use cases. */
@Component
public class SalesReportFixtures {

    private final SalesFixtures sales;
    private final OpeningAnInvoice opening;
    private final AddingALine adding;
    private final ChangingAnInvoice changing;
    private final FinalizingAnInvoice finalizing;
    private final VoidingAnInvoice voiding;
    private final TakingATender tenders;
    private final Invoices invoices;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    SalesReportFixtures(SalesFixtures sales, OpeningAnInvoice opening, AddingALine adding, ChangingAnInvoice changing,
                        FinalizingAnInvoice finalizing, VoidingAnInvoice voiding, TakingATender tenders, Invoices invoices,
                        JdbcClient jdbc, TransactionTemplate transactions) {
        this.sales = sales;
        this.opening = opening;
        this.adding = adding;
        this.changing = changing;
        this.finalizing = finalizing;
        this.voiding = voiding;
        this.tenders = tenders;
        this.invoices = invoices;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** An Open invoice for {@code customer} (null: walk-in) sold by the owner, dated {@code date} (null: today). */
    public InvoiceId open(TestTenants.Tenant tenant, ContactId customer, LocalDate date) {
        return sales.as(tenant, () -> opening.open(new OpeningAnInvoice.Request(tenant.store(), customer, null, date, null,
                null, null, null, false)));
    }

    /** A non-stock, untaxed line. */
    public long line(TestTenants.Tenant tenant, InvoiceId id, String qty, String price, String adjustment) {
        return sales.as(tenant, () -> adding.add(id, new AddingALine.Request(LineKind.NON_STOCK, null, "Bracelet",
                new BigDecimal(qty), new BigDecimal(price), adjustment == null ? null : new BigDecimal(adjustment), false,
                null)));
    }

    /** A finalized invoice of one untaxed line at {@code price} for {@code customer} (null: walk-in, paid first). */
    public InvoiceId sold(TestTenants.Tenant tenant, ContactId customer, String price) {
        InvoiceId id = open(tenant, customer, null);
        line(tenant, id, "1", price, null);
        if (customer == null) pay(tenant, id, PaymentMethod.CASH, price);
        finalize(tenant, id);
        return id;
    }

    public void finalize(TestTenants.Tenant tenant, InvoiceId id) {
        sales.run(tenant, () -> finalizing.finalizeInvoice(id));
    }

    public void voidIt(TestTenants.Tenant tenant, InvoiceId id) {
        sales.run(tenant, () -> voiding.voidInvoice(id));
    }

    public com.jeweltrak.sales.PaymentId pay(TestTenants.Tenant tenant, InvoiceId id, PaymentMethod method, String amount) {
        return sales.as(tenant, () -> tenders.take(id, new TakingATender.Request(method, new BigDecimal(amount),
                method == PaymentMethod.OTHER ? "Wire" : null, method == PaymentMethod.CHECK ? "1001" : null,
                method == PaymentMethod.CARD ? "4242" : null, method == PaymentMethod.CARD ? "A1B2" : null)));
    }

    /** Sets the invoice's salesperson (null: "— unassigned —"), keeping its customer. */
    public void soldBy(TestTenants.Tenant tenant, InvoiceId id, UserId salesperson) {
        var invoice = sales.as(tenant, () -> invoices.get(id));
        sales.run(tenant, () -> changing.change(id, new ChangingAnInvoice.Request(invoice.customer(), salesperson,
                invoice.date(), null, null, null, invoice.freight(), false)));
    }

    /** What {@code sql} (a single number) answers in the tenant. */
    public BigDecimal number(TestTenants.Tenant tenant, String sql) {
        return sales.as(tenant, () -> transactions.execute(s -> jdbc.sql(sql).query(BigDecimal.class).single()));
    }
}
