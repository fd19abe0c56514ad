package com.jeweltrak.sales.web;

import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.bulk.FamilyLists;
import com.jeweltrak.inventory.bulk.SelectedItems;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.lists.BulkActions;
import com.jeweltrak.platform.lists.ListSelection;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.web.FormErrors;
import com.jeweltrak.platform.web.StateConflict;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.InvoicingItems;
import jakarta.servlet.http.HttpServletResponse;
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

/**
 * The page of "Invoice selected items" ({@link InvoiceSelectedItems}): the items picked on an inventory list go onto a
 * new invoice (a customer, or a walk-in sale) or onto an Open invoice of the user's store; then the invoice opens.
 */
@Controller
@RequestMapping("/sales/invoices/from-selection")
@PreAuthorize("hasAuthority('Invoices.Create')")
class InvoiceSelectedItemsController {

    /** {@code target}: "new", or the id of an Open invoice. */
    record SelectionForm(String list, String target, Long customerId) {
    }

    record Picked(String listKey, Family family, List<Item> items, String backUrl) {
    }

    private static final String PAGE = "sales/invoice-selected";

    private final BulkActions actions;
    private final ListSelection selection;
    private final SelectedItems selected;
    private final InvoicingItems invoicing;
    private final InvoiceRows rows;

    InvoiceSelectedItemsController(BulkActions actions, ListSelection selection, SelectedItems selected,
                                   InvoicingItems invoicing, InvoiceRows rows) {
        this.actions = actions;
        this.selection = selection;
        this.selected = selected;
        this.invoicing = invoicing;
        this.rows = rows;
    }

    @GetMapping
    String form(@RequestParam("list") String list, HttpSession session, Model model, RedirectAttributes redirect) {
        Picked picked = picked(list, session);
        if (picked.items().isEmpty()) return nothingSelected(picked, redirect);
        model.addAttribute("selectionForm", new SelectionForm(picked.listKey(), "new", null));
        return render(picked, model);
    }

    @PostMapping
    String invoice(@ModelAttribute("selectionForm") SelectionForm form, BindingResult result, HttpSession session,
                   Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Picked picked = picked(form.list(), session);
        if (picked.items().isEmpty()) return nothingSelected(picked, redirect);
        List<String> stockIds = picked.items().stream().map(Item::stockId).toList();
        CurrentUser me = CurrentUser.require();
        try {
            InvoicingItems.Outcome outcome;
            if (form.target() == null || form.target().isBlank() || "new".equals(form.target())) {
                if (me.currentStore() == null) {
                    throw new BusinessRuleViolated("target", "Choose the store you work in first (the store switcher at the top).");
                }
                outcome = invoicing.ontoNewInvoice(me.currentStore().id(),
                        form.customerId() == null ? null : new ContactId(form.customerId()), me.id(), stockIds);
            } else {
                outcome = invoicing.ontoInvoice(openInvoice(form.target()), stockIds);
            }
            selection.clear(session, picked.listKey());
            redirect.addFlashAttribute("invoiceMessage", outcome.message());
            return "redirect:/sales/invoices/" + outcome.invoice();
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(result, violation);
        } catch (StateConflict conflict) {
            result.rejectValue("target", "state", conflict.getMessage());
        }
        response.setStatus(422);
        return render(picked, model);
    }

    /** An invoice offered on the page: of the user's store (rows the user may see), still Open. */
    private InvoiceId openInvoice(String target) {
        long id;
        try {
            id = Long.parseLong(target.trim());
        } catch (NumberFormatException e) {
            throw new BusinessRuleViolated("target", "Choose a new invoice or one of the open invoices.");
        }
        // through the rows the user may see: another tenant's or another store's invoice is not offered, nor taken
        if (rows.where("i.id = :value", id, 1).isEmpty()) {
            throw new BusinessRuleViolated("target", "That invoice is not there any more; choose another.");
        }
        return new InvoiceId(id);
    }

    private Picked picked(String list, HttpSession session) {
        BulkActions.Target target = actions.target(list, InvoiceSelectedItems.KEY, session);
        Family family = FamilyLists.familyOf(target.listKey()).orElseThrow(() -> new RecordNotFound("List", list));
        return new Picked(target.listKey(), family, selected.of(family, target.ids()), target.backUrl());
    }

    private String render(Picked picked, Model model) {
        CurrentUser me = CurrentUser.require();
        model.addAttribute("picked", picked);
        model.addAttribute("customerRole", ContactRole.CUSTOMER);
        model.addAttribute("openInvoices", me.currentStore() == null ? List.of()
                : rows.where("i.status = 'OPEN' and i.store_id = :value", me.currentStore().id().value(), 30));
        return PAGE;
    }

    private static String nothingSelected(Picked picked, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problem", "Tick at least one row first.");
        return "redirect:" + picked.backUrl();
    }
}
