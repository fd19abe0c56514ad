package com.jeweltrak.inventory.wishlist.web;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.wishlist.AddingToAWishlist;
import com.jeweltrak.inventory.wishlist.Occasion;
import com.jeweltrak.inventory.wishlist.RemovingFromAWishlist;
import com.jeweltrak.inventory.wishlist.WishlistEntry;
import com.jeweltrak.inventory.wishlist.Wishlists;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.web.FormErrors;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The item page's Wishlists tab (who wants the item, and adding it to a customer's list) and the contact page's
 * Wishlist tab (07-contacts §Save Inventory Items to a Customer's Wishlist), both htmx fragments of this module.
 */
@Controller
@PreAuthorize("hasAuthority('Contacts.View')")
class WishlistsController {

    private final Wishlists wishlists;
    private final AddingToAWishlist adding;
    private final RemovingFromAWishlist removing;
    private final Items items;
    private final Contacts contacts;

    WishlistsController(Wishlists wishlists, AddingToAWishlist adding, RemovingFromAWishlist removing, Items items,
                        Contacts contacts) {
        this.wishlists = wishlists;
        this.adding = adding;
        this.removing = removing;
        this.items = items;
        this.contacts = contacts;
    }

    @GetMapping("/inventory/wishlists/contact/{contactId}")
    String ofContact(@PathVariable long contactId, Model model) {
        return contactTab(contacts.get(new ContactId(contactId)).id(), model);
    }

    @GetMapping("/inventory/items/{id}/wishlists")
    String ofItem(@PathVariable long id, Model model) {
        Item item = viewable(id);
        model.addAttribute("wishlistForm", WishlistForm.blank());
        return itemTab(item, model);
    }

    /** Adds the item to the picked customer's list; the form comes back with its error beside the field. */
    @PostMapping("/inventory/items/{id}/wishlists")
    @PreAuthorize("hasAuthority('Contacts.Edit')")
    String add(@PathVariable long id, @Valid @ModelAttribute("wishlistForm") WishlistForm form, BindingResult result,
               @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
        Item item = viewable(id);
        // a contact id that did not convert already has its error, and no form to reject against (issue 12 §4)
        if (form.contactId() == null && !result.hasFieldErrors("contactId")) {
            result.rejectValue("contactId", "required", "Pick a customer.");
        }
        if (!result.hasErrors()) {
            try {
                adding.add(new ContactId(form.contactId()), item.id(), form.occasion(), form.note());
                String done = "StockID " + item.stockId() + " added to "
                        + contacts.get(new ContactId(form.contactId())).name().full() + "'s wishlist.";
                if (htmx == null) {
                    redirect.addFlashAttribute("flash", done);
                    return "redirect:/inventory/items/" + id + "#wishlists";
                }
                model.addAttribute("wishlistDone", done);
                model.addAttribute("wishlistForm", WishlistForm.blank());
            } catch (RecordNotFound unknownContact) {
                result.rejectValue("contactId", "unknown", "Pick a customer.");
            } catch (BusinessRuleViolated violation) {
                FormErrors.reject(result, violation);
            }
        }
        return itemTab(item, model);
    }

    @PostMapping("/inventory/wishlists/{entryId}/remove")
    @PreAuthorize("hasAuthority('Contacts.Edit')")
    String remove(@PathVariable long entryId, @RequestHeader(name = "HX-Request", required = false) String htmx,
                  Model model, RedirectAttributes redirect) {
        WishlistEntry entry = WishlistAccess.viewable(
                wishlists.find(entryId).orElseThrow(() -> new RecordNotFound("Wishlist entry", entryId)));
        removing.remove(entry.contact(), entryId);
        String done = "StockID " + entry.stockId() + " removed from the wishlist.";
        if (htmx == null) {
            redirect.addFlashAttribute("flash", done);
            return "redirect:/contacts/" + entry.contact().value();
        }
        model.addAttribute("wishlistDone", done);
        return contactTab(entry.contact(), model);
    }

    private Item viewable(long id) {
        return WishlistAccess.viewable(items.get(new ItemId(id)));
    }

    private String contactTab(ContactId contact, Model model) {
        model.addAttribute("contactId", contact.value());
        model.addAttribute("entries", WishlistAccess.visible(wishlists.of(contact)));
        model.addAttribute("canEditWishlist", CurrentUser.require().can("Contacts.Edit"));
        return "inventory/wishlists :: contact";
    }

    private String itemTab(Item item, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("entries", wishlists.wanting(item.id()));
        model.addAttribute("canEditWishlist", CurrentUser.require().can("Contacts.Edit"));
        model.addAttribute("customerRole", ContactRole.CUSTOMER);
        model.addAttribute("occasions", Occasion.values());
        return "inventory/wishlists :: item";
    }
}
