package com.jeweltrak.sales.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.idempotency.FormIdempotency;
import com.jeweltrak.platform.picklists.PickListValue;
import com.jeweltrak.platform.picklists.PickListValues;
import com.jeweltrak.platform.picklists.PickLists;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.platform.users.Users;
import com.jeweltrak.platform.web.StateConflict;
import com.jeweltrak.sales.Invoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.Invoices;
import com.jeweltrak.sales.web.InvoiceForms.EmailForm;
import com.jeweltrak.sales.web.InvoiceForms.FinalizeForm;
import com.jeweltrak.sales.web.InvoiceForms.HeaderForm;
import com.jeweltrak.sales.web.InvoiceForms.LineForm;
import com.jeweltrak.sales.web.InvoiceForms.ScanForm;
import com.jeweltrak.sales.web.InvoiceForms.TenderForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * The one invoice page every invoice controller answers with: what it shows (the invoice, its forms, the buttons the
 * person's permissions allow) and how an action on it ends — a redirect when done, the page again with the refusal
 * (422) when not.
 */
@Component
class InvoicePage {

    private static final String PAGE = "sales/invoice";
    private static final String FRAGMENT = "sales/invoice :: invoice";

    private final Invoices invoices;
    private final InvoiceRows rows;
    private final Users users;
    private final PickLists pickLists;
    private final PickListValues pickListValues;
    private final FormIdempotency idempotency;
    private final InvoiceSearchEntries search;
    private final com.jeweltrak.sales.ReturnableLines returnable;
    private final com.jeweltrak.sales.StoreCredits storeCredits;

    private final com.jeweltrak.sales.MemoSourcedLines memoSourced;
    private final com.jeweltrak.inventory.ItemBadges badges;
    private final com.jeweltrak.sales.CustomerPayments customerPayments;

    InvoicePage(Invoices invoices, InvoiceRows rows, Users users, PickLists pickLists, PickListValues pickListValues,
                FormIdempotency idempotency, InvoiceSearchEntries search, com.jeweltrak.sales.ReturnableLines returnable,
                com.jeweltrak.sales.StoreCredits storeCredits, com.jeweltrak.sales.MemoSourcedLines memoSourced,
                com.jeweltrak.inventory.ItemBadges badges, com.jeweltrak.sales.CustomerPayments customerPayments) {
        this.customerPayments = customerPayments;
        this.memoSourced = memoSourced;
        this.badges = badges;
        this.returnable = returnable;
        this.storeCredits = storeCredits;
        this.invoices = invoices;
        this.rows = rows;
        this.users = users;
        this.pickLists = pickLists;
        this.pickListValues = pickListValues;
        this.idempotency = idempotency;
        this.search = search;
    }

    /**
     * Runs the action; on success redirects (to the invoice, or where the action says), on a refusal shows the page
     * again with 422 — for htmx the fragment, which invoice.js lets htmx swap in place (design §5: a 4xx, shown in place).
     */
    String act(Invoice invoice, BindingResult result, HttpServletRequest request, HttpServletResponse response,
                       Model model, java.util.function.Supplier<String> action) {
        // a field that did not convert (issue 12 §4: "2" for a yes/no was read as no, and the line was added) is refused
        if (!result.hasErrors()) try {
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

    String render(Invoice invoice, HttpServletRequest request, Model model) {
        CurrentUser me = CurrentUser.require();
        model.addAttribute("invoice", invoice);
        model.addAttribute("row", rows.row(invoice));
        model.addAttribute("totals", invoice.totals());
        model.addAttribute("customerRole", ContactRole.CUSTOMER);
        model.addAttribute("canSell", me.can("Invoices.Create") || me.can("Invoices.Edit"));
        model.addAttribute("canAdjust", me.can(Permission.SHOW_ORDER_ITEM_DISCOUNT));
        model.addAttribute("canVoid", me.can(Permission.CAN_VOID_TRANSACTIONS));
        model.addAttribute("canDelete", me.can("Invoices.Delete"));
        model.addAttribute("creditOnAccount", invoice.customer() == null ? null : customerPayments.creditOnAccount(invoice.customer()));
        model.addAttribute("salespeople", salespeople());
        // 02-sales §Returns: what the customer can bring back (on an Open invoice), where each return line came from,
        // and the store credit they hold (08 §Store Credits R3, R4: offered as a tender)
        boolean open = invoice.status() == com.jeweltrak.sales.InvoiceStatus.OPEN;
        model.addAttribute("returnable", open && invoice.customer() != null ? returnable.of(invoice.customer()) : java.util.List.of());
        model.addAttribute("returnSources", returnable.sourceNumbers(invoice));
        // 02-sales §Reversing R1: a line made from a memo names its memo (remove it to put the units back on memo)
        model.addAttribute("memoSources", memoSourced.sourcesOf(invoice.id()));
        // other modules' marks of the lines' items (a partnership's "P"), one ask for all lines; page only, never printed
        model.addAttribute("lineMarks", badges.of(invoice.lines().stream().map(com.jeweltrak.sales.InvoiceLine::item)
                .filter(java.util.Objects::nonNull).toList()));
        model.addAttribute("storeCredit", invoice.customer() == null ? null : storeCredits.balance(invoice.customer()));
        addIfAbsent(model, "returnForm", i -> new InvoiceForms.ReturnForm(null, "1"), invoice);
        // 02-sales §Trade-In: the trade fields show and change only with CanEditTradeFields; R4 prefills the concession
        model.addAttribute("canEditTrade", me.can(Permission.CAN_EDIT_TRADE_FIELDS));
        addIfAbsent(model, "tradeInForm", i -> new InvoiceForms.TradeInForm(null, "JEWELRY", null, null, null, true), invoice);
        model.addAttribute("suggestedConcession", invoice.lines().stream().collect(java.util.stream.Collectors.toMap(
                com.jeweltrak.sales.InvoiceLine::id, l -> com.jeweltrak.sales.SettingATradeConcession.suggested(invoice, l))));
        addIfAbsent(model, "refundForm", i -> new InvoiceForms.RefundForm("CASH",
                i.balance().signum() < 0 ? i.balance().negate().toPlainString() : null, null, null, null, null, null, false), invoice);
        model.addAttribute("refundKey", idempotency.newKey());
        model.addAttribute("otherMethods", pickListValues.of(pickLists.get("sales.payment-methods")).stream()
                .map(PickListValue::value).toList());
        addIfAbsent(model, "headerForm", i -> new HeaderForm(i.customer() == null ? null : i.customer().value(), null, false,
                i.salesperson() == null ? null : i.salesperson().value(), i.date().toString(), i.reference(), i.notes(),
                i.shipTo(), InvoiceJson.money(i.freight()), i.outOfState()), invoice);
        addIfAbsent(model, "scanForm", i -> new ScanForm(""), invoice);
        addIfAbsent(model, "lineForm", i -> new LineForm("NON_STOCK", null, "1", null, null, true), invoice);
        addIfAbsent(model, "tenderForm", i -> new TenderForm("CASH", null, null, null, null, null, null, null),
                invoice);
        addIfAbsent(model, "giftCardForm", i -> new InvoiceForms.GiftCardForm(null, null, false), invoice);
        addIfAbsent(model, "actionsForm", i -> new FinalizeForm(null), invoice);
        addIfAbsent(model, "emailForm", i -> new EmailForm(null), invoice);
        addIfAbsent(model, "writeOffForm", i -> new InvoiceForms.WriteOffForm(null), invoice);
        addIfAbsent(model, "reverseWriteOffForm", i -> new InvoiceForms.WriteOffForm(null), invoice);
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
    static BindingResult actions() {
        return new BeanPropertyBindingResult(new FinalizeForm(null), "actionsForm");
    }

    /** The invoice, or 404 when it is another tenant's (RLS hides it) or of a store the caller may not access. */
    Invoice visible(long id) {
        Invoice invoice = invoices.find(new InvoiceId(id)).orElseThrow(() -> new RecordNotFound("Invoice", id));
        if (!CurrentUser.require().mayAccess(invoice.store())) throw new RecordNotFound("Invoice", id);
        return invoice;
    }

    static boolean isHtmx(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null && request.getHeader("HX-History-Restore-Request") == null;
    }
}
