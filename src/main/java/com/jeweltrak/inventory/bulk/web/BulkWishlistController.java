package com.jeweltrak.inventory.bulk.web;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.inventory.bulk.AddingManyToAWishlist;
import com.jeweltrak.inventory.bulk.BulkOutcome;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.web.FormErrors;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Add to wishlist for the selection (07-contacts §Wishlist): pick a customer; items already on their list are skipped. */
@Controller
@RequestMapping("/inventory/bulk/wishlist")
@PreAuthorize("hasAuthority('Contacts.Edit')")
class BulkWishlistController {

    private static final String PAGE = "inventory/bulk-wishlist";

    private final BulkPages pages;
    private final AddingManyToAWishlist adding;
    private final Contacts contacts;

    BulkWishlistController(BulkPages pages, AddingManyToAWishlist adding, Contacts contacts) {
        this.pages = pages;
        this.adding = adding;
        this.contacts = contacts;
    }

    @GetMapping
    String form(@RequestParam("list") String list, HttpSession session, Model model, RedirectAttributes redirect) {
        BulkPages.Selection selection = pages.of(list, InventoryBulkActions.WISHLIST, session);
        if (selection.isEmpty()) return BulkPriceChangeController.nothingSelected(selection, redirect);
        model.addAttribute("wishlistBulkForm", new WishlistBulkForm(selection.listKey(), null));
        return render(selection, model);
    }

    @PostMapping
    String add(@ModelAttribute("wishlistBulkForm") WishlistBulkForm form, BindingResult result, HttpSession session,
               Model model, RedirectAttributes redirect) {
        BulkPages.Selection selection = pages.of(form.list(), InventoryBulkActions.WISHLIST, session);
        if (selection.isEmpty()) return BulkPriceChangeController.nothingSelected(selection, redirect);
        if (form.contactId() == null) {
            result.rejectValue("contactId", "required", "Pick a customer.");
            return render(selection, model);
        }
        try {
            ContactId customer = new ContactId(form.contactId());
            String name = contacts.get(customer).name().full();
            BulkOutcome outcome = adding.add(selection.items(), customer);
            pages.done(selection, session);
            redirect.addFlashAttribute("flash", outcome.message("added to " + name + "'s wishlist"));
            return "redirect:" + selection.backUrl();
        } catch (RecordNotFound gone) {
            result.rejectValue("contactId", "unknown", "That contact is not there any more; pick another.");
            return render(selection, model);
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(result, violation);
            return render(selection, model);
        }
    }

    private String render(BulkPages.Selection selection, Model model) {
        pages.describe(selection, model);
        model.addAttribute("customerRole", ContactRole.CUSTOMER);
        return PAGE;
    }
}
