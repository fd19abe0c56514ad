package com.jeweltrak.inventory;

import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.ContactRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saving an edited item: what it is, where, from whom, what it costs and sells for — never its StockID, family
 * or quantities. A vendor picked here gains the Vendor role in the same transaction (Unified Contacts R7); a later
 * cost change reprices nothing (Pricing Multipliers R8) but revalues the stock owned in the books
 * ({@link ItemCostChanged}).
 */
@Service
public class EditingAnItem {

    private final Items items;
    private final ContactRoles contactRoles;
    private final com.jeweltrak.platform.tenancy.Stores stores;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final java.time.Clock clock;

    EditingAnItem(Items items, ContactRoles contactRoles, com.jeweltrak.platform.tenancy.Stores stores,
                  org.springframework.context.ApplicationEventPublisher events, java.time.Clock clock) {
        this.items = items;
        this.contactRoles = contactRoles;
        this.stores = stores;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Item save(ItemId id, Item edited) {
        Item current = items.get(id);
        Item saved = current.withDetailsOf(edited);
        if (saved.vendor() != null && !saved.vendor().equals(current.vendor())) {
            contactRoles.ensure(saved.vendor(), ContactRole.VENDOR);
        }
        items.update(saved);
        java.math.BigDecimal owned = current.quantities().inStock().add(current.quantities().onMemo());
        if (owned.signum() > 0 && current.cost() != null && saved.cost() != null && current.cost().compareTo(saved.cost()) != 0) {
            // the books value the stock at cost (accounting follows this in the same transaction)
            events.publishEvent(new ItemCostChanged(com.jeweltrak.platform.tenancy.TenantContext.requireTenant(), id,
                    saved.stockId(), saved.store(), owned, current.cost(), saved.cost(),
                    java.time.LocalDate.now(clock.withZone(stores.get(saved.store()).timeZone()))));
        }
        return saved;
    }
}
