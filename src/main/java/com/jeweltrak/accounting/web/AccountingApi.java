package com.jeweltrak.accounting.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.accounting.Account;
import com.jeweltrak.accounting.Books;
import com.jeweltrak.accounting.ChartOfAccounts;
import com.jeweltrak.accounting.JournalEntries;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The books over the API: journal entries, the chart of accounts and the trial balance (read-only). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounting", description = "The journal, chart of accounts and trial balance (08-accounting)")
@PreAuthorize("hasAuthority('ShowReports')")
class AccountingApi {

    record EntryJson(long id, LocalDate date, Long storeId, String documentType, Long documentId, String documentNumber,
                     String posting, String memo, String amount, Long reversesEntryId, Long reversedByEntryId) {
        static EntryJson of(JournalEntries.Entry e) {
            return new EntryJson(e.id(), e.date(), e.storeId(), e.documentType(), e.documentId(), e.documentNumber(),
                    e.posting(), e.memo(), e.amount().toPlainString(), e.reversesEntryId(), e.reversedByEntryId());
        }
    }

    record LineJson(String accountCode, String accountName, String accountKey, String debit, String credit,
                    Long contactId) {
    }

    record EntryDetailJson(EntryJson entry, String createdBy, Instant createdAt, List<LineJson> lines) {
    }

    record AccountJson(long id, String code, String name, String type, String normalSide, String systemKey) {
        static AccountJson of(Account a) {
            return new AccountJson(a.id(), a.code(), a.name(), a.type().name(), a.normalSide().name(), a.systemKey());
        }
    }

    record TrialBalanceRowJson(String accountCode, String accountName, String debit, String credit) {
    }

    record TrialBalanceJson(LocalDate asOf, List<TrialBalanceRowJson> rows, String debits, String credits,
                            boolean balanced) {
    }

    private final JournalEntries entries;
    private final ChartOfAccounts chart;
    private final Books books;

    AccountingApi(JournalEntries entries, ChartOfAccounts chart, Books books) {
        this.entries = entries;
        this.chart = chart;
        this.books = books;
    }

    @GetMapping("/journal-entries")
    @Operation(summary = "Journal entries, newest first; filter by account id, date range and document (needs ShowReports)")
    Paged<EntryJson> list(@RequestParam(required = false) Long accountId,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                          @RequestParam(required = false) String documentType,
                          @RequestParam(required = false) Long documentId,
                          @RequestParam(required = false) String q,
                          @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Paged<JournalEntries.Entry> found = entries.page(new JournalEntries.Filter(accountId, from, to, documentType,
                documentId, q), Paged.page(page), Paged.size(size, 50));
        return new Paged<>(found.content().stream().map(EntryJson::of).toList(), found.page(), found.size(),
                found.totalElements());
    }

    @GetMapping("/journal-entries/{id}")
    @Operation(summary = "One journal entry with its lines (needs ShowReports)")
    EntryDetailJson get(@PathVariable long id) {
        JournalEntries.Detail d = entries.find(id).orElseThrow(() -> new RecordNotFound("Journal entry", id));
        return new EntryDetailJson(EntryJson.of(d.entry()), d.createdBy(), d.createdAt(), d.lines().stream()
                .map(l -> new LineJson(l.accountCode(), l.accountName(), l.accountKey(), l.debit().toPlainString(),
                        l.credit().toPlainString(), l.contactId()))
                .toList());
    }

    @GetMapping("/accounts")
    @Operation(summary = "The chart of accounts (needs ShowReports)")
    List<AccountJson> accounts() {
        return chart.all().stream().map(AccountJson::of).toList();
    }

    @GetMapping("/trial-balance")
    @Operation(summary = "Every account's net as of a date (default today); debits equal credits (needs ShowReports)")
    TrialBalanceJson trialBalance(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        Books.TrialBalance tb = books.trialBalance(asOf != null ? asOf : LocalDate.now(CurrentUser.require().zone()));
        return new TrialBalanceJson(tb.asOf(), tb.rows().stream().map(r -> new TrialBalanceRowJson(r.account().code(),
                r.account().name(), r.debit().toPlainString(), r.credit().toPlainString())).toList(),
                tb.debits().toPlainString(), tb.credits().toPlainString(), tb.balanced());
    }

}
