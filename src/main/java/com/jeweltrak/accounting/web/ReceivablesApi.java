package com.jeweltrak.accounting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.jeweltrak.accounting.Receivables;
import com.jeweltrak.accounting.Reconciled;
import com.jeweltrak.accounting.Reconciliation;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.lists.ListQuery;
import com.jeweltrak.sales.StoreCredits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Accounts receivable, statements and the reconciliation over the API (issue 10 points 1, 9, 10; 08-accounting §AR). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Receivables", description = "AR per customer with aging, a customer's AR ledger, statements, reconciliation (08-accounting §AR)")
@PreAuthorize("hasAuthority('ShowReports')")
class ReceivablesApi {

    record CustomerArJson(long customerId, String name, String balance, String days0to30, String days31to60,
                          String days61to90, String days91plus, String credit, LocalDate lastActivity) {
        static CustomerArJson of(Receivables.CustomerAr r) {
            return new CustomerArJson(r.customer().value(), r.name(), r.balance().toPlainString(),
                    r.days0to30().toPlainString(), r.days31to60().toPlainString(), r.days61to90().toPlainString(),
                    r.days91plus().toPlainString(), r.credit().toPlainString(), r.lastActivity());
        }
    }

    record TotalsJson(long customers, String balance, String days0to30, String days31to60, String days61to90,
                      String days91plus, String credit) {
    }

    /** A page of customers with the totals of every matching row (unfiltered: the AR control). */
    record ReceivablesJson(LocalDate asOf, List<CustomerArJson> content, int page, int size, long totalElements,
                           TotalsJson totals) {
    }

    record OpenInvoiceJson(long invoiceId, long number, LocalDate date, long age, String total, String balance) {
    }

    record LedgerEntryJson(long entryId, LocalDate date, String posting, String description, String effect,
                           String amount, String running, Long invoiceId, String documentType, Long documentId) {
    }

    record StoreCreditJson(long id, String amount, String remaining) {
    }

    record CustomerDetailJson(CustomerArJson ar, String storeCredit, List<StoreCreditJson> storeCredits,
                              List<OpenInvoiceJson> openInvoices, Paged<LedgerEntryJson> ledger) {
    }

    record EmailStatementsJson(@NotEmpty @Size(max = 500) List<@NotNull Long> customerIds,
                               @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    }

    record EmailedJson(int queued, List<String> skipped, String message) {
    }

    record ReconciledJson(String name, String books, String documents, String difference, boolean agrees) {
    }

    private final Receivables receivables;
    private final Contacts contacts;
    private final StoreCredits storeCredits;
    private final CustomerStatements statements;
    private final Reconciliation reconciliation;
    private final Clock clock;

    ReceivablesApi(Receivables receivables, Contacts contacts, StoreCredits storeCredits, CustomerStatements statements,
                   Reconciliation reconciliation, Clock clock) {
        this.receivables = receivables;
        this.contacts = contacts;
        this.storeCredits = storeCredits;
        this.statements = statements;
        this.reconciliation = reconciliation;
        this.clock = clock;
    }

    @GetMapping("/receivables")
    @Operation(summary = "Every customer whose AR balance is not zero, with 0–30/31–60/61–90/91+ aging and credit on account; "
            + "filter by name (q), store, aging bracket (0-30, 31-60, 61-90, 91+); sort balance|name|lastActivity (needs ShowReports)")
    ReceivablesJson list(@RequestParam(required = false) String q, @RequestParam(required = false) Long storeId,
                         @RequestParam(required = false) String aging, @RequestParam(required = false) String sort,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                         @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        List<String> conditions = new ArrayList<>();
        // only SQL chosen here from fixed strings and a number goes into the query
        if (storeId != null) conditions.add(ReceivablesStoreFilter.inStore(storeId));
        if (aging != null && !aging.isBlank()) conditions.add(bracket(aging.trim()).sql());
        String order = switch (sort == null ? "balance" : sort.trim()) {
            case "balance" -> Receivables.BY_BALANCE;
            case "name" -> Receivables.BY_NAME;
            case "lastActivity" -> Receivables.BY_LAST_ACTIVITY;
            default -> throw new BusinessRuleViolated("sort", "Sort by balance, name or lastActivity.");
        } + ", r.customer_id";
        LocalDate date = asOf != null ? asOf : ReceivablesList.today(clock);
        ListQuery query = new ListQuery(q, conditions, order, Paged.page(page), Paged.size(size, 50));
        Paged<Receivables.CustomerAr> found = receivables.page(query, date);
        Receivables.Totals t = receivables.totals(query, date);
        return new ReceivablesJson(date, found.content().stream().map(CustomerArJson::of).toList(), found.page(),
                found.size(), found.totalElements(), new TotalsJson(t.customers(), t.balance().toPlainString(),
                t.days0to30().toPlainString(), t.days31to60().toPlainString(), t.days61to90().toPlainString(),
                t.days91plus().toPlainString(), t.credit().toPlainString()));
    }

    @GetMapping("/receivables/{customerId}")
    @Operation(summary = "One customer's AR: balance, buckets, credit on account, store credits, open invoices and the "
            + "AR ledger with its running balance, newest page first (needs ShowReports)")
    CustomerDetailJson get(@PathVariable long customerId, @RequestParam(required = false) Integer page,
                           @RequestParam(required = false) Integer size) {
        ContactId id = customer(customerId);
        LocalDate today = ReceivablesList.today(clock);
        Receivables.CustomerAr ar = receivables.of(id, today);
        Paged<Receivables.LedgerEntry> ledger = receivables.ledger(id, Paged.page(page), Paged.size(size, 50));
        return new CustomerDetailJson(CustomerArJson.of(ar), storeCredits.balance(id).setScale(2).toPlainString(),
                storeCredits.of(id).stream().filter(c -> "ACTIVE".equals(c.status()))
                        .map(c -> new StoreCreditJson(c.id(), c.amount().setScale(2).toPlainString(),
                                c.remaining().setScale(2).toPlainString())).toList(),
                receivables.openInvoices(id, today).stream().map(i -> new OpenInvoiceJson(i.id(), i.number(), i.date(),
                        i.age(), i.total().toPlainString(), i.balance().toPlainString())).toList(),
                new Paged<>(ledger.content().stream().map(e -> new LedgerEntryJson(e.entryId(), e.date(), e.posting(),
                        e.description(), e.effect().toPlainString(), e.amount().toPlainString(), e.running().toPlainString(),
                        e.invoiceId(), e.documentType(), e.documentId())).toList(), ledger.page(), ledger.size(),
                        ledger.totalElements()));
    }

    @GetMapping("/receivables/{customerId}/statement.pdf")
    @Operation(summary = "The customer's statement as a PDF for from..to (default: first of last month to today); "
            + "an inverted range is refused (422) (needs ShowReports)")
    ResponseEntity<byte[]> statement(@PathVariable long customerId,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ContactId id = customer(customerId);
        LocalDate today = ReceivablesList.today(clock);
        LocalDate end = to != null ? to : today;
        LocalDate start = from != null ? from : today.withDayOfMonth(1).minusMonths(1);
        byte[] pdf = statements.pdf(List.of(id), start, end);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("statement-" + customerId + "-" + end + ".pdf").build().toString())
                .body(pdf);
    }

    @PostMapping("/receivables/statements/email")
    @Operation(summary = "Queue one e-mail per customer with their statement PDF attached; customers without an e-mail "
            + "address are listed as skipped (needs ShowReports)")
    EmailedJson email(@Valid @RequestBody EmailStatementsJson body) {
        LocalDate today = ReceivablesList.today(clock);
        LocalDate to = body.to() != null ? body.to() : today;
        LocalDate from = body.from() != null ? body.from() : today.withDayOfMonth(1).minusMonths(1);
        List<ContactId> customers = body.customerIds().stream().distinct().map(this::customer).toList();
        CustomerStatements.Sent sent = statements.email(customers, from, to);
        return new EmailedJson(sent.queued(), sent.skipped(), sent.message());
    }

    @GetMapping("/reconciliation")
    @Operation(summary = "Every reconciliation check: books vs documents and whether they agree (needs ShowReports)")
    List<ReconciledJson> reconciliation() {
        return reconciliation.run().stream().map(c -> new ReconciledJson(c.name(), c.books().toPlainString(),
                c.documents().toPlainString(), c.difference().toPlainString(), c.agrees())).toList();
    }

    private ContactId customer(long id) {
        ContactId customer = new ContactId(id);
        contacts.find(customer).orElseThrow(() -> new RecordNotFound("Customer", id));
        return customer;
    }

    private static Receivables.Bracket bracket(String aging) {
        // "91+" arrives as "91 " when the plus was not encoded
        if (aging.equals("91")) return Receivables.Bracket.DAYS_91_PLUS;
        for (Receivables.Bracket b : Receivables.Bracket.values()) {
            if (b.label().replace("–", "-").replace(" days", "").equals(aging)) return b;
        }
        throw new BusinessRuleViolated("aging", "Aging is one of 0-30, 31-60, 61-90, 91+.");
    }
}
