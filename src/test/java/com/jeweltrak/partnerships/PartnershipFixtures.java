package com.jeweltrak.partnerships;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.sales.AddingALine;
import com.jeweltrak.sales.ChangingALine;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.Invoices;
import com.jeweltrak.sales.LineKind;
import com.jeweltrak.sales.OpeningAnInvoice;
import com.jeweltrak.sales.SalesFixtures;
import com.jeweltrak.support.TestTenants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Partners, co-owned items and their sales for the partnership tests, made through the real use cases. */
@Component
public class PartnershipFixtures {

    private final ReceivingAnItem receiving;
    private final Items items;
    private final EditingContacts contacts;
    private final SettingUpAPartnership settingUp;
    private final SalesFixtures sales;
    private final AddingALine adding;
    private final ChangingALine changing;
    private final FinalizingAnInvoice finalizing;
    private com.jeweltrak.sales.AddingAReturnLine returning;

    @org.springframework.beans.factory.annotation.Autowired
    void setReturning(com.jeweltrak.sales.AddingAReturnLine returning) {
        this.returning = returning;
    }
    private final Invoices invoices;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    PartnershipFixtures(ReceivingAnItem receiving, Items items, EditingContacts contacts, SettingUpAPartnership settingUp,
                        SalesFixtures sales, AddingALine adding, ChangingALine changing, FinalizingAnInvoice finalizing,
                        Invoices invoices, TransactionTemplate transactions, JdbcClient jdbc) {
        this.receiving = receiving;
        this.items = items;
        this.contacts = contacts;
        this.settingUp = settingUp;
        this.sales = sales;
        this.adding = adding;
        this.changing = changing;
        this.finalizing = finalizing;
        this.invoices = invoices;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    public <T> T as(TestTenants.Tenant tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), work);
    }

    public <T> T tx(TestTenants.Tenant tenant, Supplier<T> work) {
        return as(tenant, () -> transactions.execute(s -> work.get()));
    }

    /** A contact; with the Partner role unless {@code partnerRole} is false (a customer then). */
    public ContactId contact(TestTenants.Tenant tenant, String first, String last, boolean partnerRole) {
        return as(tenant, () -> transactions.execute(s -> contacts.add(Contact.draft(new Contact.Name(first, last, null, null),
                Set.of(partnerRole ? ContactRole.PARTNER : ContactRole.CUSTOMER), null, null, null, null, null, null,
                false, false, null, null))));
    }

    /** A one-of-a-kind piece that cost {@code cost}; its id. */
    public ItemId item(TestTenants.Tenant tenant, String cost) {
        return as(tenant, () -> {
            Item piece = new Item(null, 0, tenant.store(), "Ring", null, "Co-owned diamond ring", null, true,
                    LocalDate.of(2026, 11, 1), new BigDecimal(cost), new Item.Prices(null, null, null, new BigDecimal(cost).multiply(BigDecimal.TWO)),
                    null, new JewelryDetails("Yellow Gold", "14K", null, null, null, "LADIES", "NEW"));
            return receiving.receive(piece, NewStock.one());
        });
    }

    public String stockId(TestTenants.Tenant tenant, ItemId item) {
        return tx(tenant, () -> items.get(item).stockId());
    }

    public PartnershipId setUp(TestTenants.Tenant tenant, ItemId item, String value, PartnerShare... partners) {
        return as(tenant, () -> settingUp.save(item, new SettingUpAPartnership.Terms(null,
                value == null ? null : new BigDecimal(value), List.of(partners))));
    }

    public static PartnerShare owner(ContactId c, String pct) {
        return new PartnerShare(c, ShareKind.OWNER, new BigDecimal(pct), false);
    }

    public static PartnerShare profitOnly(ContactId c, String pct) {
        return new PartnerShare(c, ShareKind.PROFIT_ONLY, new BigDecimal(pct), false);
    }

    /** An Open invoice selling the item at {@code price} (not taxable, so the figures stay round). */
    public InvoiceId invoice(TestTenants.Tenant tenant, ItemId item, String price) {
        InvoiceId id = sales.open(tenant);
        String stockId = stockId(tenant, item);
        as(tenant, () -> adding.add(id, new AddingALine.Request(LineKind.ITEM, stockId, null, null, null, null, null, null)));
        long line = lineOf(tenant, id);
        as(tenant, () -> {
            changing.change(id, line, new ChangingALine.Request(null, BigDecimal.ONE, new BigDecimal(price), BigDecimal.ZERO, false));
            return null;
        });
        return id;
    }

    public long lineOf(TestTenants.Tenant tenant, InvoiceId invoice) {
        return tx(tenant, () -> invoices.get(invoice).lines().getFirst().id());
    }

    /** Sold to the customer at {@code price}: the invoice finalized. */
    public InvoiceId sell(TestTenants.Tenant tenant, ItemId item, String price) {
        InvoiceId id = invoice(tenant, item, price);
        as(tenant, () -> {
            finalizing.finalizeInvoice(id);
            return null;
        });
        return id;
    }

    /** Inside {@link #as}: finalizes the invoice. */
    public void finalizeInvoice(InvoiceId id) {
        finalizing.finalizeInvoice(id);
    }

    /** The customer brings the item back: a return invoice for the sold line, finalized (02-sales §Returns). */
    public InvoiceId returnItem(TestTenants.Tenant tenant, InvoiceId sold) {
        long line = lineOf(tenant, sold);
        InvoiceId id = sales.open(tenant);
        as(tenant, () -> returning.add(id, line, BigDecimal.ONE.negate()));
        as(tenant, () -> {
            finalizing.finalizeInvoice(id);
            return null;
        });
        return id;
    }

    public Partnership partnership(TestTenants.Tenant tenant, PartnershipId id) {
        return tx(tenant, () -> jdbcPartnerships().get(id));
    }

    private Partnerships partnershipsRepo;

    @org.springframework.beans.factory.annotation.Autowired
    void setPartnerships(Partnerships partnerships) {
        this.partnershipsRepo = partnerships;
    }

    private Partnerships jdbcPartnerships() {
        return partnershipsRepo;
    }

    /** A partner's balance on Partner equity (credits − debits on lines naming them). */
    public BigDecimal partnerEquity(TestTenants.Tenant tenant, ContactId partner) {
        return tx(tenant, () -> jdbc.sql("""
                        select coalesce(sum(l.credit - l.debit), 0) from journal_line l
                        join account a on a.tenant_id = l.tenant_id and a.id = l.account_id
                        where a.system_key = 'PARTNER_EQUITY' and l.contact_id = ?""")
                .param(partner.value()).query(BigDecimal.class).single());
    }

    /** Inventory's movement on the entries about this item's partnership and its sale: credits are negative. */
    public BigDecimal inventoryRelievedForItem(TestTenants.Tenant tenant, ItemId item) {
        return tx(tenant, () -> jdbc.sql("""
                        select coalesce(sum(l.debit - l.credit), 0) from journal_line l
                        join account a on a.tenant_id = l.tenant_id and a.id = l.account_id
                        join journal_entry e on e.tenant_id = l.tenant_id and e.id = l.entry_id
                        where a.system_key = 'INVENTORY'
                          and ((e.document_type = 'PARTNERSHIP_RECONCILIATION' and e.document_id in
                                  (select id from reconciled_partnership where item_id = ?))
                               or (e.document_type = 'PARTNERSHIP' and e.document_id in
                                  (select id from partnership where item_id = ?))
                               or (e.document_type = 'INVOICE' and e.document_id in
                                  (select invoice_id from invoice_line where item_id = ? and partner_settlement)))""")
                .params(item.value(), item.value(), item.value()).query(BigDecimal.class).single());
    }

    public long count(TestTenants.Tenant tenant, String sql, Object... params) {
        return tx(tenant, () -> jdbc.sql(sql).params(params).query(Long.class).single());
    }
}
