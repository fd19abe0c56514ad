package com.jeweltrak.accounting.web;

import java.util.Arrays;
import java.util.function.Consumer;

import com.jeweltrak.accounting.JournalEntries;
import com.jeweltrak.accounting.SystemAccount;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.lists.Column;
import com.jeweltrak.platform.lists.ListDefinition;
import com.jeweltrak.platform.lists.ListFilter;
import com.jeweltrak.platform.lists.ListQuery;
import com.jeweltrak.platform.lists.ListSource;
import com.jeweltrak.platform.users.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Accounting → Journal as the list component shows it: filters by account, period and document type; the search
 * box finds a document by number, type or memo. {@link JournalListTailoring} widens the account filter to the
 * tenant's whole chart and dates the periods from the person's today; the API takes any date range.
 */
@Configuration(proxyBeanMethods = false)
class JournalList {

    static final String KEY = "accounting.journal";
    static final String ACCOUNT_FILTER = "account";
    static final String PERIOD_FILTER = "period";

    @Bean
    ListDefinition<JournalEntries.Entry> journalListDefinition(JournalEntries entries) {
        return ListDefinition.builder(KEY, JournalEntries.Entry.class)
                .title("Journal")
                .pageUrl("/accounting/journal")
                .permission(Permission.SHOW_REPORTS)
                .domIds("journalResults", "journalList")
                .column(Column.<JournalEntries.Entry>of("date", "Date", JournalEntries.Entry::date).sortedBy("e.entry_date", "e.id"))
                .column(Column.<JournalEntries.Entry>of("document", "Document", JournalEntries.Entry::document).identifying()
                        .sortedBy("e.document_type", "e.document_number").linkedTo(e -> "/accounting/journal/" + e.id()))
                .column(Column.<JournalEntries.Entry>of("posting", "Posting", e -> label(e.posting())).sortedBy("e.posting")
                        .badge(e -> e.reversesEntryId() != null ? "text-bg-warning"
                                : e.reversedByEntryId() != null ? "text-bg-secondary" : "text-bg-light"))
                .column(Column.<JournalEntries.Entry>of("memo", "Memo", JournalEntries.Entry::memo))
                .column(Column.<JournalEntries.Entry>of("store", "Store", JournalEntries.Entry::storeName).hiddenByDefault())
                .column(Column.<JournalEntries.Entry>of("amount", "Amount", e -> e.amount().toPlainString()).right())
                .filter(ListFilter.of("account", "Account", "Any account", Arrays.stream(SystemAccount.values())
                        .map(a -> new ListFilter.Option(a.name().toLowerCase(), a.code() + " " + a.label(), """
                                exists (select 1 from journal_line l join account a on a.tenant_id = l.tenant_id
                                        and a.id = l.account_id where l.tenant_id = e.tenant_id and l.entry_id = e.id
                                        and a.system_key = '%s')""".formatted(a.name())))
                        .toArray(ListFilter.Option[]::new)))
                .filter(ListFilter.of("period", "Period", "Any date",
                        new ListFilter.Option("this-month", "This month", "e.entry_date >= date_trunc('month', current_date)"),
                        new ListFilter.Option("last-month", "Last month",
                                "e.entry_date >= date_trunc('month', current_date) - interval '1 month' and e.entry_date < date_trunc('month', current_date)"),
                        new ListFilter.Option("this-year", "This year", "e.entry_date >= date_trunc('year', current_date)"),
                        new ListFilter.Option("last-year", "Last year",
                                "e.entry_date >= date_trunc('year', current_date) - interval '1 year' and e.entry_date < date_trunc('year', current_date)")))
                .filter(ListFilter.of("document", "Document", "Any document",
                        new ListFilter.Option("invoice", "Invoices", "e.document_type = 'INVOICE'"),
                        new ListFilter.Option("payment", "Payments", "e.document_type = 'PAYMENT'"),
                        new ListFilter.Option("item", "Stock at cost", "e.document_type = 'ITEM'")))
                .defaultOrder("e.entry_date desc, e.id desc")
                .id("e.id", JournalEntries.Entry::id)
                .peek(e -> "/peek/journal-entry/" + e.id())
                .source(new ListSource<>() {
                    @Override
                    public Paged<JournalEntries.Entry> page(ListQuery query) {
                        return entries.page(query);
                    }

                    @Override
                    public void each(ListQuery query, Consumer<? super JournalEntries.Entry> row) {
                        entries.each(query, row);
                    }
                })
                .build();
    }

    /** INVOICE_FINALIZED → "Invoice finalized". */
    static String label(String posting) {
        String words = posting.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
