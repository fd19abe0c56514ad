package com.jeweltrak.partnerships.web;

import java.util.Optional;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.partnerships.Partnership;
import com.jeweltrak.partnerships.PartnershipStatus;
import com.jeweltrak.partnerships.Partnerships;
import com.jeweltrak.partnerships.SettingUpAPartnership;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.platform.web.StateConflict;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The item's Partnership tab (02-sales §Partnerships Data, R1–R3, R11; issue 8 point 1): a fragment for the item page
 * (htmx) or a page of its own. The item family's View permission shows it, Edit saves it, CanViewCost shows and
 * changes the costs.
 */
@Controller
@RequestMapping("/partnerships/items")
@PreAuthorize("isAuthenticated()")
class PartnershipTabController {

    static final String FRAGMENT = "partnerships/tab :: tab";
    static final String PAGE = "partnerships/item";

    private final Items items;
    private final Partnerships partnerships;
    private final Contacts contacts;
    private final SettingUpAPartnership settingUp;
    private final com.jeweltrak.partnerships.SellingToAPartner selling;
    private final com.jeweltrak.partnerships.ResettingAPartnership resetting;

    PartnershipTabController(Items items, Partnerships partnerships, Contacts contacts, SettingUpAPartnership settingUp,
                             com.jeweltrak.partnerships.SellingToAPartner selling,
                             com.jeweltrak.partnerships.ResettingAPartnership resetting) {
        this.selling = selling;
        this.resetting = resetting;
        this.items = items;
        this.partnerships = partnerships;
        this.contacts = contacts;
        this.settingUp = settingUp;
    }

    @GetMapping("/{itemId}")
    String tab(@PathVariable long itemId, HttpServletRequest request, Model model) {
        Item item = visible(itemId, "View");
        Optional<Partnership> shown = partnerships.latest(item.id());
        model.addAttribute("setUpForm", SetUpForm.of(shown.filter(p -> p.status() != PartnershipStatus.ENDED),
                CurrentUser.require().can(Permission.CAN_VIEW_COST) ? item.cost() : null));
        return render(item, request, model);
    }

    @PostMapping("/{itemId}")
    String save(@PathVariable long itemId, @ModelAttribute("setUpForm") SetUpForm form, BindingResult result,
                HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Item item = visible(itemId, "Edit");
        boolean seesCost = CurrentUser.require().can(Permission.CAN_VIEW_COST);
        // a field that did not convert leaves the binding without its form (issue 12 §4): show the form again with the error
        if (result.getTarget() == null && result.hasErrors()) {
            response.setStatus(422);
            return render(items.get(item.id()), request, model);
        }
        var terms = form.toTerms(result, seesCost);
        if (!seesCost) {
            // the value is a cost figure: without CanViewCost it is neither shown nor changed
            var kept = partnerships.live(item.id()).map(Partnership::partnershipValue).orElse(null);
            terms = terms.map(t -> new SettingUpAPartnership.Terms(null, kept, t.partners()));
        }
        if (terms.isPresent()) {
            try {
                settingUp.save(item.id(), terms.get());
                redirect.addFlashAttribute("flash", "Partnership saved for StockID " + item.stockId() + ".");
                return "redirect:/partnerships/items/" + itemId;
            } catch (BusinessRuleViolated violation) {
                SetUpForm.reject(result, violation);
            } catch (StateConflict conflict) {
                result.reject("state", conflict.getMessage());
                response.setStatus(409);
                return render(items.get(item.id()), request, model);
            }
        }
        response.setStatus(422);
        return render(items.get(item.id()), request, model);
    }

    /** R11: Sell to Partner — a draft settlement invoice to the chosen partner; the invoice opens next. */
    @PostMapping("/{itemId}/sell-to-partner")
    String sellToPartner(@PathVariable long itemId, @RequestParam(required = false) Long sellingPartner,
                         HttpServletRequest request, HttpServletResponse response, Model model) {
        Item item = visible(itemId, "View");
        try {
            var invoice = selling.sell(item.id(), sellingPartner == null ? null : new ContactId(sellingPartner));
            return "redirect:/sales/invoices/" + invoice.value();
        } catch (BusinessRuleViolated refused) {
            return refused(item, refused.getMessage(), 422, request, response, model);
        } catch (StateConflict conflict) {
            return refused(item, conflict.getMessage(), 409, request, response, model);
        }
    }

    /** R10: "Start a new partnership cycle" once the item is back in stock. */
    @PostMapping("/{itemId}/reset")
    String reset(@PathVariable long itemId, HttpServletRequest request, HttpServletResponse response, Model model,
                 RedirectAttributes redirect) {
        Item item = visible(itemId, "View");
        try {
            resetting.reset(item.id());
            redirect.addFlashAttribute("flash", "A new partnership cycle started for StockID " + item.stockId() + ".");
            return "redirect:/partnerships/items/" + itemId;
        } catch (BusinessRuleViolated refused) {
            return refused(item, refused.getMessage(), 422, request, response, model);
        } catch (StateConflict conflict) {
            return refused(item, conflict.getMessage(), 409, request, response, model);
        }
    }

    private String refused(Item item, String reason, int status, HttpServletRequest request, HttpServletResponse response,
                           Model model) {
        response.setStatus(status);
        model.addAttribute("settleError", reason);
        Optional<Partnership> shown = partnerships.latest(item.id());
        model.addAttribute("setUpForm", SetUpForm.of(shown.filter(p -> p.status() != PartnershipStatus.ENDED),
                CurrentUser.require().can(Permission.CAN_VIEW_COST) ? item.cost() : null));
        return render(item, request, model);
    }

    private String render(Item item, HttpServletRequest request, Model model) {
        CurrentUser me = CurrentUser.require();
        Optional<Partnership> latest = partnerships.latest(item.id());
        Optional<Partnership> current = latest.filter(p -> p.status() != PartnershipStatus.ENDED);
        model.addAttribute("item", item);
        model.addAttribute("partnership", current.orElse(null));
        model.addAttribute("partnerRole", ContactRole.PARTNER);
        model.addAttribute("names", current.map(p -> p.partners().stream().collect(java.util.stream.Collectors.toMap(
                s -> s.contact().value(), s -> name(s.contact())))).orElse(java.util.Map.of()));
        model.addAttribute("canEdit", me.can(item.family().permission("Edit"))
                && current.map(p -> p.status() == PartnershipStatus.ACTIVE && p.settlementInvoice() == null).orElse(true));
        model.addAttribute("canViewCost", me.can(Permission.CAN_VIEW_COST));
        model.addAttribute("canSettle", me.can("Invoices.Edit") && me.can(Permission.CAN_VIEW_COST));
        model.addAttribute("value", current.map(p -> p.value(item.cost())).orElse(item.cost()));
        model.addAttribute("canSellToPartner", current.map(p -> p.status() == PartnershipStatus.ACTIVE
                && p.settlementInvoice() == null).orElse(false));
        model.addAttribute("canReset", current.map(p -> p.status() == PartnershipStatus.PAID
                || p.status() == PartnershipStatus.SOLD).orElse(false));
        model.addAttribute("basis", current.map(p -> p.primaryCostValue(item.cost())).orElse(null));
        return PartnershipPages.isHtmx(request) ? FRAGMENT : PAGE;
    }

    private String name(ContactId id) {
        return contacts.find(id).map(c -> c.name().full()).orElse("Contact " + id.value());
    }

    /** The item, or 404 when it is another tenant's; its family's permission decides the rest. */
    private Item visible(long id, String action) {
        Item item = items.find(new ItemId(id)).orElseThrow(() -> new RecordNotFound("Item", id));
        if (!CurrentUser.require().can(item.family().permission(action))) {
            throw new AccessDeniedException("Needs " + item.family().permission(action));
        }
        return item;
    }
}
