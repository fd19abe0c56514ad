package com.jeweltrak.inventory.wishlist;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.ContactRoles;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts an item on a customer's wishlist (07-contacts §Wishlist R1, R2). Nothing about the item changes — no
 * hold, no reservation, no stock movement (R3) — and the contact becomes a Customer if not one yet (R5).
 */
@Service
public class AddingToAWishlist {

    /** The item is on that customer's list already (R2: once per customer). */
    public static class AlreadyOnTheWishlist extends BusinessRuleViolated {
        AlreadyOnTheWishlist(Contact contact, Item item) {
            super("contactId", "StockID " + item.stockId() + " is already on " + contact.name().full() + "'s wishlist.");
        }
    }

    private final Wishlists wishlists;
    private final Contacts contacts;
    private final ContactRoles roles;
    private final Items items;

    AddingToAWishlist(Wishlists wishlists, Contacts contacts, ContactRoles roles, Items items) {
        this.wishlists = wishlists;
        this.contacts = contacts;
        this.roles = roles;
        this.items = items;
    }

    @Transactional
    public long add(ContactId contactId, ItemId itemId, Occasion occasion, String note) {
        Item item = items.get(itemId);
        Contact contact = contacts.get(contactId);
        // ensure locks the contact, so two clerks adding the same item at once meet here, not at the unique key
        roles.ensure(contactId, ContactRole.CUSTOMER);
        if (wishlists.has(contactId, itemId)) throw new AlreadyOnTheWishlist(contact, item);
        String text = note == null || note.isBlank() ? null : note.trim();
        if (text != null && text.length() > 500) throw new BusinessRuleViolated("note", "Keep the note to 500 characters.");
        Long by = TenantContext.current().map(TenantContext.Actor::user).map(UserId::value).orElse(null);
        return wishlists.add(contactId, itemId, occasion, text, by);
    }
}
