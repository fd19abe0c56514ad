package com.jeweltrak.inventory;

import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.ContactRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saving an edited item: what it is, where, from whom, what it costs and sells for — never its StockID, family
 * or quantities. A vendor picked here gains the Vendor role in the same transaction (Unified Contacts R7); a later
 * cost change reprices nothing (Pricing Multipliers R8).
 */
@Service
public class EditingAnItem {

    private final Items items;
    private final ContactRoles contactRoles;

    EditingAnItem(Items items, ContactRoles contactRoles) {
        this.items = items;
        this.contactRoles = contactRoles;
    }

    @Transactional
    public Item save(ItemId id, Item edited) {
        Item current = items.get(id);
        Item saved = current.withDetailsOf(edited);
        if (saved.vendor() != null && !saved.vendor().equals(current.vendor())) {
            contactRoles.ensure(saved.vendor(), ContactRole.VENDOR);
        }
        items.update(saved);
        return saved;
    }
}
