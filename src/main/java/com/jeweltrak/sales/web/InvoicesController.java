package com.jeweltrak.sales.web;

import java.math.BigDecimal;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.idempotency.FormIdempotency;
import com.jeweltrak.platform.lists.ListDefinitions;
import com.jeweltrak.platform.lists.ListRendering;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.UserId;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.sales.AddingALine;
import com.jeweltrak.sales.ChangingALine;
import com.jeweltrak.sales.ChangingAnInvoice;
import com.jeweltrak.sales.DeletingAnInvoice;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.Invoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.Invoices;
import com.jeweltrak.sales.LineKind;
import com.jeweltrak.sales.NoSuchStockId;
import com.jeweltrak.sales.OpeningAnInvoice;
import com.jeweltrak.sales.RemovingALine;
import com.jeweltrak.sales.ReopeningAnInvoice;
import com.jeweltrak.sales.VoidingAnInvoice;
import com.jeweltrak.sales.web.InvoiceForms.FinalizeForm;
import com.jeweltrak.sales.web.InvoiceForms.HeaderForm;
import com.jeweltrak.sales.web.InvoiceForms.LineForm;
import com.jeweltrak.sales.web.InvoiceForms.NewInvoiceForm;
import com.jeweltrak.sales.web.InvoiceForms.ScanForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The invoice pages (issue 6 §6–7; 02-sales §Finalize UI, §Adjustment UI): the list, a new invoice, and the one invoice
 * page the counter works in — header, StockID box, lines, totals, tenders and the actions its status and the person's
 * permissions allow. Every action is post/redirect/get (htmx follows the redirect and gets the fragment back); a refusal
 * re-renders the page with the message beside its field or in its card ({@link InvoicePage}; the payments card has
 * {@link InvoicePaymentsController}). Permissions and store access as the API's.
 */
@Controller
@RequestMapping("/sales")
class InvoicesController {

    private final InvoicePage page;
    private final OpeningAnInvoice opening;
    private final ChangingAnInvoice changingHeader;
    private final AddingALine adding;
    private final ChangingALine changing;
    private final RemovingALine removing;
    private final FinalizingAnInvoice finalizing;
    private final ReopeningAnInvoice reopening;
    private final VoidingAnInvoice voiding;
    private final DeletingAnInvoice deleting;
    private final FormIdempotency idempotency;
    private final ListDefinitions lists;
    private final ListRendering listRendering;
    private final InvoiceSearchEntries search;
    private final ItemMatches itemMatches;

    InvoicesController(InvoicePage page, OpeningAnInvoice opening, ChangingAnInvoice changingHeader, AddingALine adding,
                       ChangingALine changing, RemovingALine removing, FinalizingAnInvoice finalizing,
                       ReopeningAnInvoice reopening, VoidingAnInvoice voiding, DeletingAnInvoice deleting,
                       FormIdempotency idempotency, ListDefinitions lists, ListRendering listRendering,
                       InvoiceSearchEntries search, ItemMatches itemMatches) {
        this.page = page;
        this.opening = opening;
        this.changingHeader = changingHeader;
        this.adding = adding;
        this.changing = changing;
        this.removing = removing;
        this.finalizing = finalizing;
        this.reopening = reopening;
        this.voiding = voiding;
        this.deleting = deleting;
        this.idempotency = idempotency;
        this.lists = lists;
        this.listRendering = listRendering;
        this.search = search;
        this.itemMatches = itemMatches;
    }

    /** The Sales section opens on its invoices (lights the navigation entry up). */
    @GetMapping
    @PreAuthorize("hasAuthority('Invoices.View')")
    String section() {
        return "redirect:/sales/invoices";
    }

    @GetMapping("/invoices")
    @PreAuthorize("hasAuthority('Invoices.View')")
    String list(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model) {
        model.addAttribute("customerRole", ContactRole.CUSTOMER);
        return listRendering.page(lists.forCurrentUser(InvoicesList.KEY), params, request, model, "sales/invoices");
    }

    /** A new invoice in the user's current store, for a customer or a walk-in (no customer). */
    @PostMapping("/invoices")
    @PreAuthorize("hasAuthority('Invoices.Create')")
    String create(@ModelAttribute NewInvoiceForm form, RedirectAttributes flash) {
        CurrentUser.StoreChoice store = CurrentUser.require().currentStore();
        if (store == null) {
            flash.addFlashAttribute("listMessage", "Choose the store you work in first (the store switcher at the top).");
            return "redirect:/sales/invoices";
        }
        InvoiceId id = opening.open(new OpeningAnInvoice.Request(store.id(),
                form.customerId() == null ? null : new ContactId(form.customerId()), CurrentUser.require().id(), null,
                null, null, null, null, false));
        search.reindex(id);
        return "redirect:/sales/invoices/" + id;
    }

    @GetMapping("/invoices/{id}")
    @PreAuthorize("hasAuthority('Invoices.View')")
    String show(@PathVariable long id, HttpServletRequest request, Model model) {
        return page.render(page.visible(id), request, model);
    }

    @PostMapping("/invoices/{id}")
    @PreAuthorize(InvoicesApi.SELLING)
    String changeHeader(@PathVariable long id, @ModelAttribute("headerForm") HeaderForm form, BindingResult result,
                        HttpServletRequest request, HttpServletResponse response, Model model) {
        Invoice invoice = page.visible(id);
        return page.act(invoice, result, request, response, model, () -> {
            changingHeader.change(invoice.id(), new ChangingAnInvoice.Request(
                    form.chosenCustomer() == null ? null : new ContactId(form.chosenCustomer()),
                    form.salespersonId() == null ? null : new UserId(form.salespersonId()), InvoiceInput.date(form.invoiceDate()),
                    form.reference(), form.notes(), form.shipTo(), InvoiceJson.decimal("freight", form.freight()),
                    Boolean.TRUE.equals(form.outOfState())));
            return null;
        });
    }

    /** The StockID box: a scanner types the number and Enter; the item becomes a line, the box clears and keeps focus. */
    @PostMapping("/invoices/{id}/scan")
    @PreAuthorize(InvoicesApi.SELLING)
    String scan(@PathVariable long id, @ModelAttribute("scanForm") ScanForm form, BindingResult result,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        Invoice invoice = page.visible(id);
        return page.act(invoice, result, request, response, model, () -> {
            String stockId = form.stockId() == null ? "" : form.stockId().trim();
            if (stockId.isEmpty()) throw new BusinessRuleViolated("stockId", "Scan or type a StockID.");
            try {
                adding.add(invoice.id(), new AddingALine.Request(LineKind.ITEM, stockId, null, null, null, null, null, null));
            } catch (NoSuchStockId unknown) {
                var matches = itemMatches.of(stockId);
                if (matches.isEmpty()) throw unknown;
                model.addAttribute("itemMatches", matches);
                throw new BusinessRuleViolated("stockId", "No item has StockID " + stockId + ". Items matching it:");
            }
            return null;
        });
    }

    /** "Add non-stock line" and "Add service line". */
    @PostMapping("/invoices/{id}/lines")
    @PreAuthorize(InvoicesApi.SELLING)
    String addLine(@PathVariable long id, @ModelAttribute("lineForm") LineForm form, BindingResult result,
                   HttpServletRequest request, HttpServletResponse response, Model model) {
        Invoice invoice = page.visible(id);
        return page.act(invoice, result, request, response, model, () -> {
            LineKind kind = "SERVICE".equals(form.kind()) ? LineKind.SERVICE : LineKind.NON_STOCK;
            adding.add(invoice.id(), new AddingALine.Request(kind, null, form.description(),
                    InvoiceJson.decimal("quantity", form.quantity()), InvoiceJson.decimal("unitPrice", form.unitPrice()),
                    adjustment(form), form.taxable() == null ? Boolean.FALSE : form.taxable(), null));
            return null;
        });
    }

    @PostMapping("/invoices/{id}/lines/{lineId}")
    @PreAuthorize(InvoicesApi.SELLING)
    String changeLine(@PathVariable long id, @PathVariable long lineId, @ModelAttribute("lineEditForm") LineForm form,
                      BindingResult result, HttpServletRequest request, HttpServletResponse response, Model model) {
        Invoice invoice = page.visible(id);
        invoice.line(lineId);
        model.addAttribute("editedLine", lineId);
        return page.act(invoice, result, request, response, model, () -> {
            changing.change(invoice.id(), lineId, new ChangingALine.Request(form.description(),
                    InvoiceJson.decimal("quantity", form.quantity()), InvoiceJson.decimal("unitPrice", form.unitPrice()),
                    adjustment(form), form.taxable() == null ? Boolean.FALSE : form.taxable()));
            return null;
        });
    }

    @PostMapping("/invoices/{id}/lines/{lineId}/remove")
    @PreAuthorize(InvoicesApi.SELLING)
    String removeLine(@PathVariable long id, @PathVariable long lineId, HttpServletRequest request,
                      HttpServletResponse response, Model model) {
        Invoice invoice = page.visible(id);
        invoice.line(lineId);
        return page.act(invoice, InvoicePage.actions(), request, response, model, () -> {
            removing.remove(invoice.id(), lineId);
            return null;
        });
    }

    @PostMapping("/invoices/{id}/finalize")
    @PreAuthorize(InvoicesApi.SELLING)
    String finalizeInvoice(@PathVariable long id, @ModelAttribute FinalizeForm form, HttpServletRequest request,
                           HttpServletResponse response, Model model) {
        Invoice invoice = page.visible(id);
        return page.act(invoice, InvoicePage.actions(), request, response, model, () -> idempotency.once(form.idempotencyKey(),
                "finalize invoice " + id, () -> {
                    finalizing.finalizeInvoice(invoice.id());
                    return "/sales/invoices/" + id;
                }));
    }

    @PostMapping("/invoices/{id}/reopen")
    @PreAuthorize(InvoicesApi.SELLING)
    String reopen(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        Invoice invoice = page.visible(id);
        return page.act(invoice, InvoicePage.actions(), request, response, model, () -> {
            reopening.reopen(invoice.id());
            return null;
        });
    }

    @PostMapping("/invoices/{id}/void")
    @PreAuthorize("hasAuthority('CanVoidTransactions')")
    String voidInvoice(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        Invoice invoice = page.visible(id);
        // shown only if the void is refused: decision 1's one click, moving the payments to credit on account
        model.addAttribute("offerCreditOnAccount", !invoice.appliedPayments().isEmpty());
        return page.act(invoice, InvoicePage.actions(), request, response, model, () -> {
            voiding.voidInvoice(invoice.id());
            return null;
        });
    }

    @PostMapping("/invoices/{id}/delete")
    @PreAuthorize("hasAuthority('Invoices.Delete')")
    String delete(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model,
                  RedirectAttributes flash) {
        Invoice invoice = page.visible(id);
        String to = page.act(invoice, InvoicePage.actions(), request, response, model, () -> {
            deleting.delete(invoice.id());
            search.remove(invoice.id());
            return "/sales/invoices";
        });
        if (to.equals("redirect:/sales/invoices")) {
            flash.addFlashAttribute("listMessage", "Invoice " + invoice.numberText() + " was deleted.");
        }
        return to;
    }

    /** Without ShowOrderItemDiscount the field is not shown; what such a post carries is ignored (kept unchanged). */
    private static BigDecimal adjustment(LineForm form) {
        if (!CurrentUser.require().can(Permission.SHOW_ORDER_ITEM_DISCOUNT)) return null;
        return InvoiceJson.decimal("adjustment", form.adjustment());
    }

}
