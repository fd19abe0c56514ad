package com.jeweltrak.accounting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jeweltrak.accounting.Books;
import com.jeweltrak.accounting.Receivables;
import com.jeweltrak.accounting.Reconciliation;
import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.lists.BulkActions;
import com.jeweltrak.platform.lists.ListDefinition;
import com.jeweltrak.platform.lists.ListDefinitions;
import com.jeweltrak.platform.lists.ListParameters;
import com.jeweltrak.platform.lists.ListRendering;
import com.jeweltrak.platform.lists.ListSelection;
import com.jeweltrak.sales.StoreCredits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Accounting → Accounts receivable (08-accounting §AR; issue 10 points 1 and 9): the list with its totals (the AR
 * control), a customer's AR page (open invoices, the ledger with its running balance, receipts, store credits), their
 * statement as a PDF or by e-mail, statements for the customers ticked on the list, and the reconciliation page.
 */
@Controller
@RequestMapping("/accounting")
@PreAuthorize("hasAuthority('ShowReports')")
class ReceivablesController {

    static final int LEDGER_PAGE = 25;

    /** The newest payments on account shown on the AR page; the whole history is on the API (paged). */
    static final int RECEIPTS_SHOWN = 50;

    private final ListDefinitions lists;
    private final ListRendering listRendering;
    private final Receivables receivables;
    private final Books books;
    private final Contacts contacts;
    private final StoreCredits storeCredits;
    private final CustomerStatements statements;
    private final BulkActions bulkActions;
    private final ListSelection selection;
    private final Reconciliation reconciliation;
    private final Clock clock;
    private final com.jeweltrak.sales.CustomerPayments payments;

    ReceivablesController(ListDefinitions lists, ListRendering listRendering, Receivables receivables, Books books,
                          Contacts contacts, StoreCredits storeCredits, CustomerStatements statements,
                          BulkActions bulkActions, ListSelection selection, Reconciliation reconciliation, Clock clock,
                          com.jeweltrak.sales.CustomerPayments payments) {
        this.payments = payments;
        this.lists = lists;
        this.listRendering = listRendering;
        this.receivables = receivables;
        this.books = books;
        this.contacts = contacts;
        this.storeCredits = storeCredits;
        this.statements = statements;
        this.bulkActions = bulkActions;
        this.selection = selection;
        this.reconciliation = reconciliation;
        this.clock = clock;
    }

    @GetMapping("/receivables")
    String list(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model) {
        ListDefinition<?> definition = lists.forCurrentUser(ReceivablesList.KEY);
        String view = listRendering.page(definition, params, request, model, "accounting/receivables");
        // the footer: the same filters summed; unfiltered it is the documents' AR control, shown beside the books'
        LocalDate today = ReceivablesList.today(clock);
        model.addAttribute("totals", receivables.totals(ListParameters.from(definition, params).toQuery(definition), today));
        model.addAttribute("arControl", books.arControlTotal());
        model.addAttribute("asOf", today);
        return view;
    }

    @GetMapping("/receivables/{customerId}")
    String detail(@PathVariable long customerId, @RequestParam(required = false) Integer ledgerPage, Model model) {
        ContactId id = new ContactId(customerId);
        Contact customer = customer(id);
        LocalDate today = ReceivablesList.today(clock);
        model.addAttribute("customer", customer);
        model.addAttribute("ar", receivables.of(id, today));
        model.addAttribute("openInvoices", receivables.openInvoices(id, today));
        model.addAttribute("ledger", receivables.ledger(id, Paged.page(ledgerPage), LEDGER_PAGE));
        // the payments engine's own read of receipts, so a store the user may not see stays out (decision 7)
        model.addAttribute("receipts", payments.page(id, com.jeweltrak.platform.security.CurrentUser.require()
                .accessibleStores(), 0, RECEIPTS_SHOWN).content());
        model.addAttribute("storeCredits", storeCredits.of(id).stream().filter(c -> "ACTIVE".equals(c.status())).toList());
        model.addAttribute("storeCredit", storeCredits.balance(id));
        model.addAttribute("booksBalance", books.arBalance(id));
        return "accounting/receivable";
    }

    @GetMapping("/receivables/{customerId}/statement")
    Object statement(@PathVariable long customerId, @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to, @RequestParam(required = false) String format,
                     Model model, HttpServletResponse response) {
        ContactId id = new ContactId(customerId);
        Contact customer = customer(id);
        Range range = Range.parse(from, to, ReceivablesList.today(clock));
        if ("pdf".equals(format) && range.valid()) {
            try {
                return pdf(statements.pdf(List.of(id), range.from(), range.to()),
                        "statement-" + customerId + "-" + range.to() + ".pdf");
            } catch (BusinessRuleViolated violation) {
                range = range.refused(violation);
            }
        }
        if (!range.valid()) response.setStatus(422);
        return statementPage(customer, range, model);
    }

    /** The statement page's form posts (it carries the CSRF token): "Download PDF" sends format=pdf, "E-mail" none. */
    @PostMapping("/receivables/{customerId}/statement")
    Object emailStatement(@PathVariable long customerId, @RequestParam(required = false) String from,
                          @RequestParam(required = false) String to, @RequestParam(required = false) String format,
                          Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if ("pdf".equals(format)) return statement(customerId, from, to, format, model, response);
        ContactId id = new ContactId(customerId);
        Contact customer = customer(id);
        Range range = Range.parse(from, to, ReceivablesList.today(clock));
        if (range.valid()) {
            try {
                redirect.addFlashAttribute("flash", statements.email(List.of(id), range.from(), range.to()).message());
                return "redirect:/accounting/receivables/" + customerId;
            } catch (BusinessRuleViolated violation) {
                range = range.refused(violation);
            }
        }
        response.setStatus(422);
        return statementPage(customer, range, model);
    }

    /** The list's bulk actions ask for the date range here; the selection comes from the list (BulkActions). */
    @GetMapping("/receivables/statements/pdf")
    String bulkPdf(@RequestParam String list, HttpSession session, Model model) {
        return bulkStatements("pdf", list, session, model);
    }

    @GetMapping("/receivables/statements/email")
    String bulkEmail(@RequestParam String list, HttpSession session, Model model) {
        return bulkStatements("email", list, session, model);
    }

    @PostMapping("/receivables/statements/pdf")
    Object sendBulkPdf(@RequestParam String list, @RequestParam(required = false) String from,
                       @RequestParam(required = false) String to, HttpSession session, Model model,
                       RedirectAttributes redirect, HttpServletResponse response) {
        return sendBulkStatements("pdf", list, from, to, session, model, redirect, response);
    }

    @PostMapping("/receivables/statements/email")
    Object sendBulkEmail(@RequestParam String list, @RequestParam(required = false) String from,
                         @RequestParam(required = false) String to, HttpSession session, Model model,
                         RedirectAttributes redirect, HttpServletResponse response) {
        return sendBulkStatements("email", list, from, to, session, model, redirect, response);
    }

    private String bulkStatements(String action, String list, HttpSession session, Model model) {
        BulkActions.Target target = bulkActions.target(list, StatementsBulkAction.key(action), session);
        return bulkPage(action, target, Range.parse(null, null, ReceivablesList.today(clock)), model);
    }

    private Object sendBulkStatements(String action, String list, String from, String to, HttpSession session,
                                      Model model, RedirectAttributes redirect, HttpServletResponse response) {
        BulkActions.Target target = bulkActions.target(list, StatementsBulkAction.key(action), session);
        Range range = Range.parse(from, to, ReceivablesList.today(clock));
        if (target.ids().isEmpty()) {
            range = range.refused(new BusinessRuleViolated("from", "Tick the customers on the list first."));
        }
        if (range.valid()) {
            try {
                List<ContactId> customers = target.ids().stream().sorted().map(ContactId::new).toList();
                if (action.equals("pdf")) {
                    return pdf(statements.pdf(customers, range.from(), range.to()), "statements-" + range.to() + ".pdf");
                }
                String message = statements.email(customers, range.from(), range.to()).message();
                selection.clear(session, target.listKey());
                redirect.addFlashAttribute("flash", message);
                return "redirect:" + target.backUrl();
            } catch (BusinessRuleViolated violation) {
                range = range.refused(violation);
            } catch (RecordNotFound gone) {
                range = range.refused(new BusinessRuleViolated("from", "A ticked customer no longer exists; tick again."));
            }
        }
        response.setStatus(422);
        return bulkPage(action, target, range, model);
    }

    @GetMapping("/reconciliation")
    String reconciliation(Model model) {
        model.addAttribute("checks", reconciliation.run());
        return "accounting/reconciliation";
    }

    private String statementPage(Contact customer, Range range, Model model) {
        model.addAttribute("customer", customer);
        model.addAttribute("range", range);
        return "accounting/statement";
    }

    private String bulkPage(String action, BulkActions.Target target, Range range, Model model) {
        model.addAttribute("action", action);
        model.addAttribute("target", target);
        model.addAttribute("range", range);
        return "accounting/statements";
    }

    private Contact customer(ContactId id) {
        return contacts.find(id).orElseThrow(() -> new RecordNotFound("Customer", id.value()));
    }

    private static ResponseEntity<byte[]> pdf(byte[] bytes, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(bytes);
    }

    /**
     * A statement's date range as typed (so it comes back as typed) with the message beside each field; blank means
     * the default, the first of last month to today.
     */
    record Range(String fromText, String toText, LocalDate from, LocalDate to, Map<String, String> errors) {

        static Range parse(String fromText, String toText, LocalDate today) {
            Map<String, String> errors = new LinkedHashMap<>();
            LocalDate from = date(fromText, today.withDayOfMonth(1).minusMonths(1), "from", errors);
            LocalDate to = date(toText, today, "to", errors);
            if (from != null && to != null && to.isBefore(from)) {
                errors.put("to", "The statement must end on or after " + from + ".");
            }
            return new Range(blank(fromText) ? String.valueOf(from) : fromText.trim(),
                    blank(toText) ? String.valueOf(to) : toText.trim(), from, to, Map.copyOf(errors));
        }

        public boolean valid() {
            return errors.isEmpty();
        }

        public String error(String field) {
            return errors.get(field);
        }

        Range refused(BusinessRuleViolated violation) {
            Map<String, String> more = new LinkedHashMap<>(errors);
            more.put(Set.of("from", "to").contains(violation.field()) ? violation.field() : "from", violation.getMessage());
            return new Range(fromText, toText, from, to, Map.copyOf(more));
        }

        private static LocalDate date(String text, LocalDate fallback, String field, Map<String, String> errors) {
            if (blank(text)) return fallback;
            try {
                return LocalDate.parse(text.trim());
            } catch (DateTimeParseException e) {
                errors.put(field, "Enter the date as yyyy-mm-dd.");
                return null;
            }
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }
}
