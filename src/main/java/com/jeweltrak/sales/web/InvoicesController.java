package com.jeweltrak.sales.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.idempotency.FormIdempotency;
import com.jeweltrak.platform.lists.ListDefinitions;
import com.jeweltrak.platform.lists.ListRendering;
import com.jeweltrak.platform.picklists.PickListValue;
import com.jeweltrak.platform.picklists.PickListValues;
import com.jeweltrak.platform.picklists.PickLists;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.UserId;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.platform.users.Users;
import com.jeweltrak.platform.web.StateConflict;
import com.jeweltrak.sales.AddingALine;
import com.jeweltrak.sales.ChangingALine;
import com.jeweltrak.sales.ChangingAnInvoice;
import com.jeweltrak.sales.DeletingAnInvoice;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.Invoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.Invoices;
import com.jeweltrak.sales.LineKind;
import com.jeweltrak.sales.OpeningAnInvoice;
import com.jeweltrak.sales.PaymentId;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.RemovingALine;
import com.jeweltrak.sales.ReopeningAnInvoice;
import com.jeweltrak.sales.TakingATender;
import com.jeweltrak.sales.VoidingATender;
import com.jeweltrak.sales.VoidingAnInvoice;
import com.jeweltrak.sales.web.InvoiceForms.EmailForm;
import com.jeweltrak.sales.web.InvoiceForms.FinalizeForm;
import com.jeweltrak.sales.web.InvoiceForms.HeaderForm;
import com.jeweltrak.sales.web.InvoiceForms.LineForm;
import com.jeweltrak.sales.web.InvoiceForms.NewInvoiceForm;
import com.jeweltrak.sales.web.InvoiceForms.ScanForm;
import com.jeweltrak.sales.web.InvoiceForms.TenderForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BeanPropertyBindingResult;
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
 * re-renders the page with the message beside its field or in its card. Permissions and store access as the API's.
 */
@Controller
@RequestMapping("/sales")
class InvoicesController {

    private static final String PAGE = "sales/invoice";
    private static final String FRAGMENT = "sales/invoice :: invoice";

    private final Invoices invoices;
    private final OpeningAnInvoice opening;
    private final ChangingAnInvoice changingHeader;
    private final AddingALine adding;
    private final ChangingALine changing;
    private final RemovingALine removing;
    private final FinalizingAnInvoice finalizing;
    private final ReopeningAnInvoice reopening;
    private final VoidingAnInvoice voiding;
    private final DeletingAnInvoice deleting;
    private final TakingATender tenders;
    private final VoidingATender voidingTender;
    private final FormIdempotency idempotency;
    private final ListDefinitions lists;
    private final ListRendering listRendering;
    private final InvoiceRows rows;
    private final Users users;
    private final PickLists pickLists;
    private final PickListValues pickListValues;
    private final InvoiceSearchEntries search;

    InvoicesController(Invoices invoices, OpeningAnInvoice opening, ChangingAnInvoice changingHeader, AddingALine adding,
                       ChangingALine changing, RemovingALine removing, FinalizingAnInvoice finalizing,
                       ReopeningAnInvoice reopening, VoidingAnInvoice voiding, DeletingAnInvoice deleting,
                       TakingATender tenders, VoidingATender voidingTender, FormIdempotency idempotency,
                       ListDefinitions lists, ListRendering listRendering, InvoiceRows rows, Users users,
                       PickLists pickLists, PickListValues pickListValues, InvoiceSearchEntries search) {
        this.search = search;
        this.invoices = invoices;
        this.opening = opening;
        this.changingHeader = changingHeader;
        this.adding = adding;
        this.changing = changing;
        this.removing = removing;
        this.finalizing = finalizing;
        this.reopening = reopening;
        this.voiding = voiding;
        this.deleting = deleting;
        this.tenders = tenders;
        this.voidingTender = voidingTender;
        this.idempotency = idempotency;
        this.lists = lists;
        this.listRendering = listRendering;
        this.rows = rows;
        this.users = users;
        this.pickLists = pickLists;
        this.pickListValues = pickListValues;
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
        return render(visible(id), request, model);
    }

    @PostMapping("/invoices/{id}")
    @PreAuthorize(InvoicesApi.SELLING)
    String changeHeader(@PathVariable long id, @ModelAttribute("headerForm") HeaderForm form, BindingResult result,
                        HttpServletRequest request, HttpServletResponse response, Model model) {
        Invoice invoice = visible(id);
        return act(invoice, result, request, response, model, () -> {
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
        Invoice invoice = visible(id);
        return act(invoice, result, request, response, model, () -> {
            String stockId = form.stockId() == null ? "" : form.stockId().trim();
            if (stockId.isEmpty()) throw new BusinessRuleViolated("stockId", "Scan or type a StockID.");
            adding.add(invoice.id(), new AddingALine.Request(LineKind.ITEM, stockId, null, null, null, null, null, null));
            return null;
        });
    }

    /** "Add non-stock line" and "Add service line". */
    @PostMapping("/invoices/{id}/lines")
    @PreAuthorize(InvoicesApi.SELLING)
    String addLine(@PathVariable long id, @ModelAttribute("lineForm") LineForm form, BindingResult result,
                   HttpServletRequest request, HttpServletResponse response, Model model) {
        Invoice invoice = visible(id);
        return act(invoice, result, request, response, model, () -> {
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
        Invoice invoice = visible(id);
        invoice.line(lineId);
        model.addAttribute("editedLine", lineId);
        return act(invoice, result, request, response, model, () -> {
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
        Invoice invoice = visible(id);
        invoice.line(lineId);
        return act(invoice, actions(), request, response, model, () -> {
            removing.remove(invoice.id(), lineId);
            return null;
        });
    }

    @PostMapping("/invoices/{id}/finalize")
    @PreAuthorize(InvoicesApi.SELLING)
    String finalizeInvoice(@PathVariable long id, @ModelAttribute FinalizeForm form, HttpServletRequest request,
                           HttpServletResponse response, Model model) {
        Invoice invoice = visible(id);
        return act(invoice, actions(), request, response, model, () -> idempotency.once(form.idempotencyKey(),
                "finalize invoice " + id, () -> {
                    finalizing.finalizeInvoice(invoice.id());
                    return "/sales/invoices/" + id;
                }));
    }

    @PostMapping("/invoices/{id}/reopen")
    @PreAuthorize(InvoicesApi.SELLING)
    String reopen(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        Invoice invoice = visible(id);
        return act(invoice, actions(), request, response, model, () -> {
            reopening.reopen(invoice.id());
            return null;
        });
    }

    @PostMapping("/invoices/{id}/void")
    @PreAuthorize("hasAuthority('CanVoidTransactions')")
    String voidInvoice(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        Invoice invoice = visible(id);
        return act(invoice, actions(), request, response, model, () -> {
            voiding.voidInvoice(invoice.id());
            return null;
        });
    }

    @PostMapping("/invoices/{id}/delete")
    @PreAuthorize("hasAuthority('Invoices.Delete')")
    String delete(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model,
                  RedirectAttributes flash) {
        Invoice invoice = visible(id);
        String to = act(invoice, actions(), request, response, model, () -> {
            deleting.delete(invoice.id());
            search.remove(invoice.id());
            return "/sales/invoices";
        });
        if (to.equals("redirect:/sales/invoices")) {
            flash.addFlashAttribute("listMessage", "Invoice " + invoice.numberText() + " was deleted.");
        }
        return to;
    }

    @PostMapping("/invoices/{id}/payments")
    @PreAuthorize(InvoicesApi.SELLING)
    String takePayment(@PathVariable long id, @ModelAttribute("tenderForm") TenderForm form, BindingResult result,
                       HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes flash) {
        Invoice invoice = visible(id);
        return act(invoice, result, request, response, model, () -> idempotency.once(form.idempotencyKey(),
                "payment on invoice " + id, () -> {
                    PaymentMethod method = InvoiceInput.method(form.method());
                    BigDecimal amount = InvoiceJson.decimal("amount", form.amount());
                    PaymentId payment = tenders.take(invoice.id(), new TakingATender.Request(method, amount,
                            blankToNull(form.methodName()), blankToNull(form.checkNumber()), blankToNull(form.cardLast4()),
                            blankToNull(form.authCode())));
                    BigDecimal change = invoices.get(invoice.id()).payment(payment).changeDue();
                    if (change != null && change.signum() > 0) {
                        flash.addFlashAttribute("changeDue", InvoiceRow.money(change));
                    }
                    return "/sales/invoices/" + id;
                }));
    }

    @PostMapping("/invoices/{id}/payments/{paymentId}/void")
    @PreAuthorize("hasAuthority('CanVoidTransactions')")
    String voidPayment(@PathVariable long id, @PathVariable long paymentId, HttpServletRequest request,
                       HttpServletResponse response, Model model) {
        Invoice invoice = visible(id);
        invoice.payment(new PaymentId(paymentId));
        return act(invoice, actions(), request, response, model, () -> {
            voidingTender.voidTender(invoice.id(), new PaymentId(paymentId), null);
            return null;
        });
    }

    // ---- rendering ----

    /**
     * Runs the action; on success redirects (to the invoice, or where the action says), on a refusal shows the page
     * again with 422 — for htmx the fragment, which invoice.js lets htmx swap in place (design §5: a 4xx, shown in place).
     */
    private String act(Invoice invoice, BindingResult result, HttpServletRequest request, HttpServletResponse response,
                       Model model, java.util.function.Supplier<String> action) {
        try {
            String to = action.get();
            search.reindex(invoice.id()); // number, customer, total and status as the search box shows them
            return "redirect:" + (to == null ? "/sales/invoices/" + invoice.id() : to);
        } catch (BusinessRuleViolated violation) {
            com.jeweltrak.platform.web.FormErrors.reject(result, violation);
        } catch (StateConflict conflict) {
            result.reject("state", conflict.getMessage());
        }
        // the form as typed with its errors (a new form object under that name would drop the errors)
        model.addAttribute(result.getObjectName(), result.getTarget());
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), result);
        response.setStatus(422);
        return render(invoices.get(invoice.id()), request, model);
    }

    private String render(Invoice invoice, HttpServletRequest request, Model model) {
        CurrentUser me = CurrentUser.require();
        model.addAttribute("invoice", invoice);
        model.addAttribute("row", rows.row(invoice));
        model.addAttribute("totals", invoice.totals());
        model.addAttribute("customerRole", ContactRole.CUSTOMER);
        model.addAttribute("canSell", me.can("Invoices.Create") || me.can("Invoices.Edit"));
        model.addAttribute("canAdjust", me.can(Permission.SHOW_ORDER_ITEM_DISCOUNT));
        model.addAttribute("canVoid", me.can(Permission.CAN_VOID_TRANSACTIONS));
        model.addAttribute("canDelete", me.can("Invoices.Delete"));
        model.addAttribute("salespeople", salespeople());
        model.addAttribute("otherMethods", pickListValues.of(pickLists.get("sales.payment-methods")).stream()
                .map(PickListValue::value).toList());
        addIfAbsent(model, "headerForm", i -> new HeaderForm(i.customer() == null ? null : i.customer().value(), null, false,
                i.salesperson() == null ? null : i.salesperson().value(), i.date().toString(), i.reference(), i.notes(),
                i.shipTo(), i.freight() == null ? null : i.freight().toPlainString(), i.outOfState()), invoice);
        addIfAbsent(model, "scanForm", i -> new ScanForm(""), invoice);
        addIfAbsent(model, "lineForm", i -> new LineForm("NON_STOCK", null, "1", null, null, true), invoice);
        addIfAbsent(model, "tenderForm", i -> new TenderForm("CASH", null, null, null, null, null, null),
                invoice);
        addIfAbsent(model, "actionsForm", i -> new FinalizeForm(null), invoice);
        addIfAbsent(model, "emailForm", i -> new EmailForm(null), invoice);
        model.addAttribute("finalizeKey", idempotency.newKey());
        // every form shown gets a fresh key: a refused tender's next submit is a new attempt
        model.addAttribute("tenderKey", idempotency.newKey());
        return isHtmx(request) ? FRAGMENT : PAGE;
    }

    private static <F> void addIfAbsent(Model model, String name, Function<Invoice, F> blank, Invoice invoice) {
        if (!model.containsAttribute(name)) model.addAttribute(name, blank.apply(invoice));
    }

    private Map<String, String> salespeople() {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("", "— none —");
        users.list("", 0, 500).content().stream().filter(Users.Listed::active)
                .forEach(u -> choices.put(Long.toString(u.id().value()), u.name()));
        return choices;
    }

    /** A BindingResult for the buttons that carry no fields: their refusal shows in the actions card. */
    private static BindingResult actions() {
        return new BeanPropertyBindingResult(new FinalizeForm(null), "actionsForm");
    }

    /** The invoice, or 404 when it is another tenant's (RLS hides it) or of a store the caller may not access. */
    private Invoice visible(long id) {
        Invoice invoice = invoices.find(new InvoiceId(id)).orElseThrow(() -> new RecordNotFound("Invoice", id));
        if (!CurrentUser.require().mayAccess(invoice.store())) throw new RecordNotFound("Invoice", id);
        return invoice;
    }

    /** Without ShowOrderItemDiscount the field is not shown; what such a post carries is ignored (kept unchanged). */
    private static BigDecimal adjustment(LineForm form) {
        if (!CurrentUser.require().can(Permission.SHOW_ORDER_ITEM_DISCOUNT)) return null;
        return InvoiceJson.decimal("adjustment", form.adjustment());
    }

    static boolean isHtmx(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null && request.getHeader("HX-History-Restore-Request") == null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }


}
