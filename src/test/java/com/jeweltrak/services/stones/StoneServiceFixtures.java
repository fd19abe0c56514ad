package com.jeweltrak.services.stones;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.inventory.DiamondDetails;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.JewelryDetails;
import com.jeweltrak.inventory.NewStock;
import com.jeweltrak.inventory.ReceivingAnItem;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.support.TestTenants;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Loose stones, vendors and send-outs for the stone-service tests, made through the real use cases as the owner. */
@Component
public class StoneServiceFixtures {

    private final ReceivingAnItem receiving;
    private final Items items;
    private final EditingContacts contacts;
    private final SendingAStoneOut sending;
    private final TransactionTemplate transactions;

    StoneServiceFixtures(ReceivingAnItem receiving, Items items, EditingContacts contacts, SendingAStoneOut sending,
                         TransactionTemplate transactions) {
        this.receiving = receiving;
        this.items = items;
        this.contacts = contacts;
        this.sending = sending;
        this.transactions = transactions;
    }

    public <T> T as(TestTenants.Tenant tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), work);
    }

    public ItemId diamond(TestTenants.Tenant tenant, String cost, String carats) {
        return as(tenant, () -> receiving.receive(new Item(null, 0, tenant.store(), "Loose", null, null, null, true,
                LocalDate.of(2026, 11, 1), new BigDecimal(cost), null, null,
                new DiamondDetails("WHITE", "Round", "G", null, "VS1", "EXCELLENT", "EXCELLENT", "EXCELLENT", "NONE",
                        null, null, null, null, null, null, null, "NATURAL", 1)),
                new NewStock(BigDecimal.ONE, new BigDecimal(carats))));
    }

    public ItemId ring(TestTenants.Tenant tenant) {
        return as(tenant, () -> receiving.receive(new Item(null, 0, tenant.store(), "Ring", null, "Band", null, true,
                LocalDate.of(2026, 11, 1), new BigDecimal("100"), null, null,
                new JewelryDetails("Yellow Gold", "14K", null, null, null, "LADIES", "NEW")), NewStock.one()));
    }

    public ContactId vendor(TestTenants.Tenant tenant, String last) {
        return as(tenant, () -> transactions.execute(s -> contacts.add(Contact.draft(new Contact.Name("Vera", last, null, null),
                Set.of(ContactRole.VENDOR), null, null, null, null, null, null, false, false, null, null))));
    }

    public WorkOrderId sendOut(TestTenants.Tenant tenant, ItemId stone, ContactId vendor) {
        return as(tenant, () -> sending.send(stone, new SendOut(vendor, StoneServiceKind.REPOLISH, null, null, null, null, null)));
    }

    public Item item(TestTenants.Tenant tenant, ItemId id) {
        return as(tenant, () -> items.get(id));
    }
}
