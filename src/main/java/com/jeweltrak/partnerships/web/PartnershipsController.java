package com.jeweltrak.partnerships.web;

import java.time.LocalDate;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.partnerships.PartnershipId;
import com.jeweltrak.partnerships.PartnershipRows;
import com.jeweltrak.partnerships.Partnerships;
import com.jeweltrak.partnerships.PayoutMethod;
import com.jeweltrak.partnerships.ReconcilingAPartnership;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.platform.web.StateConflict;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
 * The Partnerships page (02-sales §Partnerships R4, R7–R9; issue 8 points 2, 3): the sold items not yet reconciled,
 * each expanding (htmx) to its reconcile form, and the Paid ones. Needs Invoices.View; the cost figures CanViewCost;
 * reconciling Invoices.Edit and CanViewCost.
 */
@Controller
@RequestMapping("/partnerships")
@PreAuthorize("hasAuthority('Invoices.View')")
class PartnershipsController {

    private final PartnershipRows rows;
    private final Partnerships partnerships;
    private final Items items;
    private final Contacts contacts;
    private final Stores stores;
    private final ReconcilingAPartnership reconciling;
    private final java.time.Clock clock;
    private final com.jeweltrak.partnerships.PendingPayouts pendingPayouts;

    PartnershipsController(PartnershipRows rows, Partnerships partnerships, Items items, Contacts contacts, Stores stores,
                           ReconcilingAPartnership reconciling, java.time.Clock clock,
                           com.jeweltrak.partnerships.PendingPayouts pendingPayouts) {
        this.pendingPayouts = pendingPayouts;
        this.rows = rows;
        this.partnerships = partnerships;
        this.items = items;
        this.contacts = contacts;
        this.stores = stores;
        this.reconciling = reconciling;
        this.clock = clock;
    }

    @GetMapping
    String page(@RequestParam(required = false) String view, @RequestParam(required = false) Long partner,
                @RequestParam(required = false) Integer page, Model model) {
        boolean paid = "paid".equals(view);
        ContactId who = partner == null ? null : new ContactId(partner);
        int size = 25;
        model.addAttribute("view", paid ? "paid" : "owed");
        model.addAttribute("partner", partner);
        model.addAttribute("partnerName", who == null ? null : contacts.find(who).map(c -> c.name().full()).orElse(null));
        model.addAttribute("partnerRole", ContactRole.PARTNER);
        model.addAttribute("canViewCost", CurrentUser.require().can(Permission.CAN_VIEW_COST));
        model.addAttribute("canReconcile", mayReconcile());
        // R17: the same read model as the Sold Partnership Items report's Pending Payouts
        model.addAttribute("pendingTotal", who == null ? pendingPayouts.total() : pendingPayouts.owedTo(who));
        if (paid) {
            model.addAttribute("found", rows.paid(who, Paged.page(page), size));
        } else {
            model.addAttribute("found", rows.owed(who, Paged.page(page), size));
        }
        model.addAttribute("query", "/partnerships?view=" + (paid ? "paid" : "owed") + (partner == null ? "" : "&partner=" + partner));
        return "partnerships/list";
    }

    /** The row's reconcile form: a fragment for htmx, else a page of its own. */
    @GetMapping("/{id}/reconcile")
    @PreAuthorize("hasAuthority('Invoices.Edit') and hasAuthority('CanViewCost')")
    String reconcileForm(@PathVariable long id, HttpServletRequest request, Model model) {
        PartnershipRows.OwedRow row = owed(id);
        model.addAttribute("reconcileForm", ReconcileForm.of(row, today(row)));
        return renderReconcile(row, request, model);
    }

    @PostMapping("/{id}/reconcile")
    @PreAuthorize("hasAuthority('Invoices.Edit') and hasAuthority('CanViewCost')")
    String reconcile(@PathVariable long id, @ModelAttribute("reconcileForm") ReconcileForm form, BindingResult result,
                     HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        PartnershipId partnershipId = visible(id);
        var payments = form.toPayments(result);
        if (payments.isPresent()) {
            try {
                reconciling.reconcile(partnershipId, payments.get());
                redirect.addFlashAttribute("flash", "Partnership reconciled: the item is Paid.");
                return "redirect:/partnerships?view=paid";
            } catch (BusinessRuleViolated violation) {
                ReconcileForm.reject(result, violation);
            } catch (StateConflict conflict) {
                redirect.addFlashAttribute("flashError", conflict.getMessage());
                return "redirect:/partnerships";
            }
        }
        response.setStatus(422);
        return renderReconcile(owed(id), request, model);
    }

    private String renderReconcile(PartnershipRows.OwedRow row, HttpServletRequest request, Model model) {
        model.addAttribute("row", row);
        model.addAttribute("methods", PayoutMethod.CHOICES);
        model.addAttribute("canReconcile", mayReconcile());
        model.addAttribute("canViewCost", CurrentUser.require().can(Permission.CAN_VIEW_COST));
        return PartnershipPages.isHtmx(request) ? "partnerships/reconcile :: form" : "partnerships/reconcile";
    }

    private static boolean mayReconcile() {
        CurrentUser me = CurrentUser.require();
        return me.can("Invoices.Edit") && me.can(Permission.CAN_VIEW_COST);
    }

    private PartnershipId visible(long id) {
        return partnerships.find(new PartnershipId(id)).map(p -> p.id())
                .orElseThrow(() -> new RecordNotFound("Partnership", id));
    }

    /** The owed row; a partnership that is not (or no longer) owed is refused as a conflict with the reason. */
    private PartnershipRows.OwedRow owed(long id) {
        PartnershipId partnership = visible(id);
        return rows.owedOf(partnership).orElseThrow(() -> new com.jeweltrak.partnerships.PartnershipNotInThatState(
                "Nothing is owed on this partnership: it is not sold, or it was already reconciled."));
    }

    private LocalDate today(PartnershipRows.OwedRow row) {
        return LocalDate.now(clock.withZone(stores.get(items.get(row.item()).store()).timeZone()));
    }
}
