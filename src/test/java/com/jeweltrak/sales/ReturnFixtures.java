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

    ReturnFixtures(SalesFixtures sales, OpeningAnInvoice opening, AddingALine adding, AddingAReturnLine returning,
                   FinalizingAnInvoice finalizing, EditingContacts contacts, TransactionTemplate transactions, JdbcClient jdbc) {
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
}
