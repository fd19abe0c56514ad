package com.jeweltrak.sales.web;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.web.FormErrors;
import com.jeweltrak.sales.CashingOutAStoreCredit;
import com.jeweltrak.sales.IssuingAStoreCredit;
import com.jeweltrak.sales.StoreCredits;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Store credit pages (08-accounting §Store Credits & Refunds): a customer's credits with what remains; a stand-alone
 * (goodwill) credit with its reason (R9); paying a credit out in cash or by check (R10), beside its history. Both
 * actions need CanVoidTransactions; a refusal shows beside its field with what was typed kept.
 */
@Controller
@RequestMapping("/sales")
class StoreCreditsController {

    record IssueForm(String amount, String reason, Long storeId) {
    }

    record CashOutForm(String amount, String method, String checkNumber) {
    }

    private final Contacts contacts;
    private final StoreCredits storeCredits;
    private final IssuingAStoreCredit issuing;
    private final CashingOutAStoreCredit cashingOut;

    StoreCreditsController(Contacts contacts, StoreCredits storeCredits, IssuingAStoreCredit issuing,
                           CashingOutAStoreCredit cashingOut) {
        this.contacts = contacts;
        this.storeCredits = storeCredits;
        this.issuing = issuing;
        this.cashingOut = cashingOut;
    }

    @GetMapping("/customers/{id}/store-credits/new")
    @PreAuthorize("hasAuthority('CanVoidTransactions')")
    String newCredit(@PathVariable long id, Model model) {
        var store = CurrentUser.require().currentStore();
        model.addAttribute("issueForm", new IssueForm(null, null, store == null ? null : store.id().value()));
        return issuePage(id, model);
    }

    @PostMapping("/customers/{id}/store-credits/new")
    @PreAuthorize("hasAuthority('CanVoidTransactions')")
    String issue(@PathVariable long id, @ModelAttribute("issueForm") IssueForm form, BindingResult result, Model model,
                 HttpServletResponse response, RedirectAttributes flash) {
        Contact customer = customer(id);
        try {
            long credit = issuing.issue(customer.id(), new IssuingAStoreCredit.Request(
                    InvoiceJson.decimal("amount", form.amount()), form.reason(),
                    form.storeId() == null ? null : new StoreId(form.storeId())));
            flash.addFlashAttribute("creditMessage", "Store credit of " + InvoiceRow.money(storeCredits.get(credit).amount())
                    + " given to " + customer.displayName() + ".");
            return "redirect:/sales/customers/" + id + "/store-credits/new";
        } catch (BusinessRuleViolated refused) {
            FormErrors.reject(result, refused);
            response.setStatus(422);
            return issuePage(id, model);
        }
    }

    /** The credit's page: what remains and its history; the cash-out form for those who may pay it out. */
    @GetMapping("/store-credits/{id}")
    @PreAuthorize("hasAuthority('Invoices.View')")
    String credit(@PathVariable long id, Model model) {
        var credit = storeCredits.get(id);
        model.addAttribute("cashOutForm", new CashOutForm(InvoiceJson.money(credit.remaining()), "CASH", null));
        return creditPage(id, model);
    }

    @GetMapping("/store-credits/{id}/cash-out")
    @PreAuthorize("hasAuthority('CanVoidTransactions')")
    String cashOutPage(@PathVariable long id, Model model) {
        var credit = storeCredits.get(id);
        model.addAttribute("cashOutForm", new CashOutForm(InvoiceJson.money(credit.remaining()), "CASH", null));
        return creditPage(id, model);
    }

    @PostMapping("/store-credits/{id}/cash-out")
    @PreAuthorize("hasAuthority('CanVoidTransactions')")
    String cashOut(@PathVariable long id, @ModelAttribute("cashOutForm") CashOutForm form, BindingResult result, Model model,
                   HttpServletResponse response, RedirectAttributes flash) {
        storeCredits.get(id);
        try {
            cashingOut.cashOut(id, new CashingOutAStoreCredit.Request(InvoiceJson.decimal("amount", form.amount()),
                    InvoiceInput.method(form.method()), form.checkNumber(), null));
            flash.addFlashAttribute("creditMessage", "Paid out.");
            return "redirect:/sales/store-credits/" + id;
        } catch (BusinessRuleViolated refused) {
            FormErrors.reject(result, refused);
            response.setStatus(422);
            return creditPage(id, model);
        }
    }

    private String issuePage(long id, Model model) {
        Contact customer = customer(id);
        model.addAttribute("customer", customer);
        model.addAttribute("credits", storeCredits.of(customer.id()));
        model.addAttribute("balance", storeCredits.balance(customer.id()));
        model.addAttribute("stores", CurrentUser.require().stores());
        model.addAttribute("zone", CurrentUser.require().zone());
        return "sales/store-credit-new";
    }

    private String creditPage(long id, Model model) {
        var credit = storeCredits.get(id);
        model.addAttribute("credit", credit);
        model.addAttribute("customer", customer(credit.customer().value()));
        model.addAttribute("history", storeCredits.history(id));
        // times as the wall clock of the store the user works in reads them, not raw UTC instants
        model.addAttribute("zone", CurrentUser.require().zone());
        return "sales/store-credit";
    }

    private Contact customer(long id) {
        return contacts.find(new ContactId(id)).orElseThrow(() -> new RecordNotFound("Contact", id));
    }
}
