package com.jeweltrak.partnerships.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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
import com.jeweltrak.partnerships.PartnerShare;
import com.jeweltrak.partnerships.PartnershipId;
import com.jeweltrak.partnerships.ReconcilingAPartnership;
import com.jeweltrak.partnerships.SettingUpAPartnership;
import com.jeweltrak.partnerships.ShareKind;
import com.jeweltrak.platform.demo.DemoDataContributor;
import com.jeweltrak.platform.demo.DemoSize;
import com.jeweltrak.platform.demo.DemoTenant;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.sales.AddingALine;
import com.jeweltrak.sales.ChangingALine;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.Invoices;
import com.jeweltrak.sales.LineKind;
import com.jeweltrak.sales.OpeningAnInvoice;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.TakingATender;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's co-owned pieces (issue 8), made through the real use cases: two partners (an investor with an Owner share,
 * a finder with a Profit Only share) and three items — one active, one sold on a real invoice and waiting to be
 * reconciled, one sold and reconciled (one payout changed, with its reason).
 */
@Component
class PartnershipDemoData implements DemoDataContributor {

    private final EditingContacts contacts;
    private final ReceivingAnItem receiving;
    private final Items items;
    private final SettingUpAPartnership settingUp;
    private final ReconcilingAPartnership reconciling;
    private final OpeningAnInvoice opening;
    private final AddingALine adding;
    private final ChangingALine changing;
    private final FinalizingAnInvoice finalizing;
    private final TakingATender tendering;
    private final Invoices invoices;
    private final JdbcClient jdbc;

    PartnershipDemoData(EditingContacts contacts, ReceivingAnItem receiving, Items items, SettingUpAPartnership settingUp,
                        ReconcilingAPartnership reconciling, OpeningAnInvoice opening, AddingALine adding,
                        ChangingALine changing, FinalizingAnInvoice finalizing, TakingATender tendering, Invoices invoices,
                        JdbcClient jdbc) {
        this.contacts = contacts;
        this.receiving = receiving;
        this.items = items;
        this.settingUp = settingUp;
        this.reconciling = reconciling;
        this.opening = opening;
        this.adding = adding;
        this.changing = changing;
        this.finalizing = finalizing;
        this.tendering = tendering;
        this.invoices = invoices;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 600; // after contacts (100), inventory (200), sales (300) and the rest
    }

    @Override
    public void contribute(DemoTenant tenant, DemoSize size) {
        StoreId store = tenant.stores().getFirst();
        ContactId investor = partner("Vera", "Investor", "Sterling Capital");
        ContactId finder = partner("Milo", "Finder", null);
        ContactId customer = jdbc.sql("select id from contact where is_customer and merged_into_id is null order by id limit 1")
                .query(Long.class).optional().map(ContactId::new).orElse(null);

        ItemId active = piece(store, "Art Deco sapphire ring (co-owned)", "6500.00", "14500.00");
        setUp(active, "7000.00", investor, finder);

        ItemId sold = piece(store, "Vintage emerald bracelet (co-owned)", "8000.00", "18000.00");
        setUp(sold, "10000.00", investor, finder);
        sell(store, customer, sold, "16000.00");

        ItemId paid = piece(store, "Diamond riviera necklace (co-owned)", "12000.00", "26000.00");
        PartnershipId paidPartnership = setUp(paid, null, investor, finder);
        sell(store, customer, paid, "24000.00");
        // the suggestion for the investor is 4,800 + 12,000 × 40 % … paid 250 less, with the article's reason
        var suggested = new BigDecimal("12000.00").multiply(new BigDecimal("0.40"))
                .add(new BigDecimal("12000.00").multiply(new BigDecimal("0.40")));
        reconciling.reconcile(paidPartnership, List.of(
                new ReconcilingAPartnership.Payment(investor, suggested.subtract(new BigDecimal("250")), null, "Check", "5120",
                        "Mailed with the monthly statement", "$250 trade discount applied per agreement"),
                new ReconcilingAPartnership.Payment(finder, null, null, "Cash", null, "Finder's fee", null)));
    }

    private ContactId partner(String first, String last, String company) {
        return contacts.add(Contact.draft(new Contact.Name(first, last, company, null), Set.of(ContactRole.PARTNER), null,
                null, null, null, null, null, false, false, null, null));
    }

    private ItemId piece(StoreId store, String description, String cost, String retail) {
        return receiving.receive(new Item(null, 0, store, "Ring", null, description, null, true, LocalDate.now().minusDays(40),
                new BigDecimal(cost), new Item.Prices(null, null, null, new BigDecimal(retail)), null,
                new JewelryDetails("Platinum", "PT950", null, null, null, "LADIES", "ESTATE")), NewStock.one());
    }

    private PartnershipId setUp(ItemId item, String value, ContactId investor, ContactId finder) {
        return settingUp.save(item, new SettingUpAPartnership.Terms(null, value == null ? null : new BigDecimal(value),
                List.of(new PartnerShare(investor, ShareKind.OWNER, new BigDecimal("40"), false),
                        new PartnerShare(finder, ShareKind.PROFIT_ONLY, new BigDecimal("10"), false))));
    }

    /** A real sale: the line priced, paid in full in cash (a walk-in pays before finalizing), finalized. */
    private void sell(StoreId store, ContactId customer, ItemId item, String price) {
        InvoiceId id = opening.open(new OpeningAnInvoice.Request(store, customer, null, null, null, null, null, null, false));
        adding.add(id, new AddingALine.Request(LineKind.ITEM, items.get(item).stockId(), null, null, null, null, null, null));
        long line = invoices.get(id).lines().getFirst().id();
        changing.change(id, line, new ChangingALine.Request(null, BigDecimal.ONE, new BigDecimal(price), BigDecimal.ZERO, null));
        tendering.take(id, new TakingATender.Request(PaymentMethod.CASH, invoices.get(id).balance(), null, null, null, null));
        finalizing.finalizeInvoice(id);
    }
}
