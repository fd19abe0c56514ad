package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.util.Set;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.support.TestTenants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Earlier sales to return from, return lines and refunds, made through the real use cases (02-sales §Returns). */
@Component
public class ReturnFixtures {

    private final SalesFixtures sales;
    private final OpeningAnInvoice opening;
    private final AddingALine adding;
    private final AddingAReturnLine returning;
    private final FinalizingAnInvoice finalizing;
    private final EditingContacts contacts;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final RefundingACustomer refunding;
    private final TakingATender tenders;
    private final com.jeweltrak.inventory.ReceivingAnItem receiving;
    private final com.jeweltrak.inventory.Items items;

    ReturnFixtures(SalesFixtures sales, OpeningAnInvoice opening, AddingALine adding, AddingAReturnLine returning,
                   FinalizingAnInvoice finalizing, EditingContacts contacts, TransactionTemplate transactions, JdbcClient jdbc,
                   RefundingACustomer refunding, TakingATender tenders, com.jeweltrak.inventory.ReceivingAnItem receiving,
                   com.jeweltrak.inventory.Items items) {
        this.receiving = receiving;
        this.items = items;
        this.refunding = refunding;
        this.tenders = tenders;
        this.sales = sales;
        this.opening = opening;
        this.adding = adding;
        this.returning = returning;
        this.finalizing = finalizing;
        this.contacts = contacts;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    /** Florida: 6 % state, 1 % county surtax on the first 5,000.00 of each item (08 §Sales Tax worked examples). */
    public void florida(TestTenants.Tenant tenant, String taxRate) {
        sales.run(tenant, () -> transactions.executeWithoutResult(s -> jdbc.sql(
                        "update store set region = 'FL', tax_rate = ?, sur_tax_rate = 0.01, sur_tax_threshold = 5000 where id = ?")
                .params(new BigDecimal(taxRate), tenant.store().value()).update()));
    }

    public ContactId anotherCustomer(TestTenants.Tenant tenant, String last) {
        return sales.as(tenant, () -> transactions.execute(s -> contacts.add(Contact.draft(
                new Contact.Name("Otto", last, null, null), Set.of(ContactRole.CUSTOMER), null, null, null, null, null, null,
                false, false, null, null))));
    }

    public InvoiceId openFor(TestTenants.Tenant tenant, ContactId customer) {
        return sales.as(tenant, () -> opening.open(new OpeningAnInvoice.Request(tenant.store(), customer, null, null, null,
                null, null, null, false)));
    }

    /** A finalized invoice for the fixtures' customer with one non-stock line; its line id. */
    public long soldLine(TestTenants.Tenant tenant, String qty, String price, String adjustment) {
        InvoiceId id = sales.open(tenant);
        long line = sales.as(tenant, () -> adding.add(id, new AddingALine.Request(LineKind.NON_STOCK, null, "Pearl strand",
                new BigDecimal(qty), new BigDecimal(price), adjustment == null ? null : new BigDecimal(adjustment), true, null)));
        finalize(tenant, id);
        return line;
    }

    /** The fixtures' ring sold to the fixtures' customer on a finalized invoice; that invoice. */
    public InvoiceId soldRing(TestTenants.Tenant tenant, String stockId) {
        InvoiceId id = sales.openWith(tenant, stockId);
        finalize(tenant, id);
        return id;
    }

    public long itemLine(TestTenants.Tenant tenant, InvoiceId id) {
        return sales.as(tenant, () -> transactions.execute(s -> jdbc.sql(
                "select id from invoice_line where invoice_id = ? and item_id is not null order by id limit 1")
                .param(id.value()).query(Long.class).single()));
    }

    public long giveBack(TestTenants.Tenant tenant, InvoiceId on, long sourceLine, String qty) {
        return sales.as(tenant, () -> returning.add(on, sourceLine, new BigDecimal(qty)));
    }

    public void finalize(TestTenants.Tenant tenant, InvoiceId id) {
        sales.run(tenant, () -> finalizing.finalizeInvoice(id));
    }

    /** A finalized invoice for the fixtures' customer that sold one non-stock line; that invoice. */
    public InvoiceId soldFor(TestTenants.Tenant tenant, ContactId customer, String price) {
        InvoiceId id = openFor(tenant, customer);
        sales.as(tenant, () -> adding.add(id, new AddingALine.Request(LineKind.NON_STOCK, null, "Bracelet", BigDecimal.ONE,
                new BigDecimal(price), null, true, null)));
        finalize(tenant, id);
        return id;
    }

    /** A finalized return invoice for the customer bringing back the one line of {@code sale}; the return invoice. */
    public InvoiceId returned(TestTenants.Tenant tenant, ContactId customer, InvoiceId sale) {
        long line = sales.as(tenant, () -> transactions.execute(s -> jdbc.sql(
                "select id from invoice_line where invoice_id = ? order by id limit 1").param(sale.value()).query(Long.class).single()));
        InvoiceId back = openFor(tenant, customer);
        giveBack(tenant, back, line, "1");
        finalize(tenant, back);
        return back;
    }

    public PaymentId refund(TestTenants.Tenant tenant, InvoiceId id, PaymentMethod method, String amount) {
        return sales.as(tenant, () -> refunding.refund(id, new RefundingACustomer.Request(method,
                amount == null ? null : new BigDecimal(amount), method == PaymentMethod.CHECK ? "1042" : null,
                method == PaymentMethod.CARD ? "4242" : null, method == PaymentMethod.CARD ? "RF-77" : null)));
    }

    public PaymentId pay(TestTenants.Tenant tenant, InvoiceId id, PaymentMethod method, String amount) {
        return sales.as(tenant, () -> tenders.take(id, new TakingATender.Request(method, new BigDecimal(amount), null, null,
                null, null)));
    }

    /** A one-of-a-kind ring at {@code retail}, cost 200.00; its StockID. */
    public String ring(TestTenants.Tenant tenant, String retail) {
        return sales.as(tenant, () -> {
            com.jeweltrak.inventory.Item ring = new com.jeweltrak.inventory.Item(null, 0, tenant.store(), "Ring", null,
                    "Silver band", null, true, java.time.LocalDate.of(2026, 11, 1), new BigDecimal("200.00"),
                    new com.jeweltrak.inventory.Item.Prices(null, null, null, new BigDecimal(retail)), null,
                    new com.jeweltrak.inventory.JewelryDetails("Silver", "925", null, null, null, "LADIES", "NEW"));
            var id = receiving.receive(ring, com.jeweltrak.inventory.NewStock.one());
            return Long.toString(items.get(id).stockNumber());
        });
    }
}
