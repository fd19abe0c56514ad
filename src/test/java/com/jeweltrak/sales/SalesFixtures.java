package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.platform.tenancy.TenantId;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.support.TestTenants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Items and invoices for the sales tests, made through the real use cases as the tenant's owner. */
@Component
public class SalesFixtures {

    private final ReceivingAnItem receiving;
    private final Items items;
    private final OpeningAnInvoice opening;
    private final AddingALine adding;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final EditingContacts contacts;
    private final Map<TenantId, ContactId> customers = new ConcurrentHashMap<>();

    SalesFixtures(ReceivingAnItem receiving, Items items, OpeningAnInvoice opening, AddingALine adding,
                  TransactionTemplate transactions, JdbcClient jdbc, EditingContacts contacts) {
        this.contacts = contacts;
        this.receiving = receiving;
        this.items = items;
        this.opening = opening;
        this.adding = adding;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    public <T> T as(TestTenants.Tenant tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), work);
    }

    public void run(TestTenants.Tenant tenant, Runnable work) {
        TenantContext.runAs(tenant.id(), tenant.owner().id(), work);
    }

    /** A one-of-a-kind ring retailing at 1,200.00 that cost 350.00; its StockID. */
    public String ring(TestTenants.Tenant tenant) {
        return as(tenant, () -> {
            Item ring = new Item(null, 0, tenant.store(), "Ring", null, "14K yellow gold band", null, true,
                    LocalDate.of(2026, 11, 1), new BigDecimal("350.00"), new Item.Prices(null, null, null, new BigDecimal("1200.00")),
                    null, new JewelryDetails("Yellow Gold", "14K", null, null, null, "LADIES", "NEW"));
            ItemId id = receiving.receive(ring, NewStock.one());
            return Long.toString(items.get(id).stockNumber());
        });
    }

    public BigDecimal inStock(TestTenants.Tenant tenant, String stockId) {
        return as(tenant, () -> transactions.execute(s -> items.findByStockId(stockId).orElseThrow().quantities().inStock()));
    }

    /**
     * A customer of the tenant to sell to: a finalized invoice with a balance needs one (a walk-in sale is paid in
     * full before it is finalized), so the fixtures' invoices are for this customer.
     */
    public ContactId customer(TestTenants.Tenant tenant) {
        return customers.computeIfAbsent(tenant.id(), t -> as(tenant, () -> transactions.execute(s -> contacts.add(
                Contact.draft(new Contact.Name("Cora", "Buyer", null, null), Set.of(ContactRole.CUSTOMER), null, null, null,
                        null, null, null, false, false, null, null)))));
    }

    public InvoiceId open(TestTenants.Tenant tenant) {
        ContactId customer = customer(tenant);
        return as(tenant, () -> opening.open(new OpeningAnInvoice.Request(tenant.store(), customer, null, null, null, null,
                null, null, false)));
    }

    public InvoiceId openWith(TestTenants.Tenant tenant, String stockId) {
        InvoiceId id = open(tenant);
        as(tenant, () -> adding.add(id, new AddingALine.Request(LineKind.ITEM, stockId, null, null, null, null, null, null)));
        return id;
    }

    public long service(TestTenants.Tenant tenant, InvoiceId id, String price) {
        return as(tenant, () -> adding.add(id, new AddingALine.Request(LineKind.SERVICE, null, "Ring sizing", BigDecimal.ONE,
                new BigDecimal(price), null, true, null)));
    }

    public void closeBooksThrough(TestTenants.Tenant tenant, LocalDate date) {
        as(tenant, () -> transactions.execute(s -> jdbc.sql("update tenant set closed_through = ?").param(date).update()));
    }
}
