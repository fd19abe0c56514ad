package com.jeweltrak.accounting.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.jeweltrak.accounting.AccountType;
import com.jeweltrak.accounting.Books;
import com.jeweltrak.accounting.ChartOfAccounts;
import com.jeweltrak.accounting.JournalEntries;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.lists.ListDefinitions;
import com.jeweltrak.platform.lists.ListRendering;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
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

/** Accounting → Journal, one entry, Trial balance and Chart of accounts (08-accounting; issue 6 point 1). */
@Controller
@RequestMapping("/accounting")
@PreAuthorize("hasAuthority('ShowReports')")
class AccountingController {

    private final ListDefinitions lists;
    private final ListRendering listRendering;
    private final JournalEntries entries;
    private final Books books;
    private final ChartOfAccounts chart;

    AccountingController(ListDefinitions lists, ListRendering listRendering, JournalEntries entries, Books books,
                         ChartOfAccounts chart) {
        this.lists = lists;
        this.listRendering = listRendering;
        this.entries = entries;
        this.books = books;
        this.chart = chart;
    }

    /** The form to add an account; text fields so what was typed comes back as typed. */
    record AccountForm(String code, String name, String type) {
    }

    @GetMapping
    String index() {
        return "redirect:/accounting/journal";
    }

    @GetMapping("/journal")
    String journal(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model) {
        return listRendering.page(lists.forCurrentUser(JournalList.KEY), params, request, model, "accounting/journal");
    }

    @GetMapping("/journal/{id}")
    String entry(@PathVariable long id, Model model) {
        model.addAttribute("detail", entries.find(id).orElseThrow(() -> new RecordNotFound("Journal entry", id)));
        return "accounting/entry";
    }

    @GetMapping("/trial-balance")
    String trialBalance(@RequestParam(required = false) String asOf, Model model) {
        LocalDate date = LocalDate.now(CurrentUser.require().zone());
        String error = null;
        try {
            if (asOf != null && !asOf.isBlank()) date = LocalDate.parse(asOf.trim());
        } catch (DateTimeParseException e) {
            error = "Enter the date as yyyy-mm-dd.";
        }
        model.addAttribute("asOfText", asOf == null || asOf.isBlank() ? date.toString() : asOf);
        model.addAttribute("asOfError", error);
        model.addAttribute("trialBalance", books.trialBalance(date));
        return "accounting/trial-balance";
    }

    @GetMapping("/accounts")
    String accounts(Model model) {
        model.addAttribute("accountForm", new AccountForm(null, null, null));
        return accountsPage(model);
    }

    @PostMapping("/accounts")
    @PreAuthorize("hasAuthority('CanManageUsers')")
    String addAccount(@ModelAttribute AccountForm accountForm, BindingResult binding, Model model,
                      RedirectAttributes redirect) {
        try {
            AccountType type = accountForm.type() == null || accountForm.type().isBlank() ? null
                    : AccountType.valueOf(accountForm.type());
            chart.add(accountForm.code(), accountForm.name(), type);
            redirect.addFlashAttribute("flash", "Account " + accountForm.code().trim() + " added.");
            return "redirect:/accounting/accounts";
        } catch (IllegalArgumentException unknownType) {
            binding.rejectValue("type", "invalid", "Choose the account's type.");
        } catch (BusinessRuleViolated violation) {
            FormErrors.reject(binding, violation);
        }
        return accountsPage(model);
    }

    private String accountsPage(Model model) {
        model.addAttribute("accounts", chart.all());
        model.addAttribute("accountTypes", AccountType.values());
        return "accounting/accounts";
    }
}
