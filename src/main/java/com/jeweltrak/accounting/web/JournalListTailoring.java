package com.jeweltrak.accounting.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.jeweltrak.accounting.ChartOfAccounts;
import com.jeweltrak.accounting.JournalEntries;
import com.jeweltrak.platform.lists.ListDefinition;
import com.jeweltrak.platform.lists.ListFilter;
import com.jeweltrak.platform.lists.ListTailoring;
import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The journal list as this tenant is served it, on the page and in its export alike: every account of the tenant's
 * chart as a filter (a bean cannot know the accounts a user added), and date ranges counted from today in the
 * person's store — this and last month, each of the twelve months before, this and last year. Every value in the
 * SQL is an id read from the database or a date computed here, never text from the request.
 */
@Component
class JournalListTailoring implements ListTailoring {

    private final ChartOfAccounts chart;

    JournalListTailoring(ChartOfAccounts chart) {
        this.chart = chart;
    }

    @Override
    public boolean tailors(String listKey) {
        return JournalList.KEY.equals(listKey);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> ListDefinition<R> forCurrentUser(ListDefinition<R> definition) {
        return (ListDefinition<R>) tailor((ListDefinition<JournalEntries.Entry>) definition);
    }

    private ListDefinition<JournalEntries.Entry> tailor(ListDefinition<JournalEntries.Entry> d) {
        List<ListFilter> filters = new ArrayList<>();
        filters.add(new ListFilter(JournalList.ACCOUNT_FILTER, "Account", "Any account", chart.all().stream()
                .map(a -> new ListFilter.Option(Long.toString(a.id()), a.code() + " " + a.name(), """
                        exists (select 1 from journal_line l where l.tenant_id = e.tenant_id and l.entry_id = e.id
                                and l.account_id = %d)""".formatted(a.id())))
                .toList()));
        filters.add(periods(LocalDate.now(CurrentUser.require().zone())));
        d.filters().stream().filter(f -> !f.key().equals(JournalList.ACCOUNT_FILTER) && !f.key().equals(JournalList.PERIOD_FILTER))
                .forEach(filters::add);
        return new ListDefinition<>(d.key(), d.title(), d.pageUrl(), d.permission(), d.columns(), filters, d.defaultOrder(),
                d.idSql(), d.id(), d.peek(), d.source(), d.domId(), d.tableId(), d.pageSize());
    }

    static ListFilter periods(LocalDate today) {
        List<ListFilter.Option> options = new ArrayList<>();
        YearMonth month = YearMonth.from(today);
        options.add(range("this-month", "This month", month.atDay(1), month.atEndOfMonth()));
        for (int back = 1; back <= 12; back++) {
            YearMonth m = month.minusMonths(back);
            String label = m.getMonth().getDisplayName(TextStyle.FULL, Locale.US) + " " + m.getYear();
            options.add(range(m.toString(), back == 1 ? "Last month (" + label + ")" : label, m.atDay(1), m.atEndOfMonth()));
        }
        options.add(range("this-year", "This year", today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear())));
        LocalDate lastYear = today.minusYears(1);
        options.add(range("last-year", "Last year (" + lastYear.getYear() + ")", lastYear.withDayOfYear(1),
                lastYear.withDayOfYear(lastYear.lengthOfYear())));
        return new ListFilter(JournalList.PERIOD_FILTER, "Period", "Any date", options);
    }

    private static ListFilter.Option range(String value, String label, LocalDate from, LocalDate to) {
        return new ListFilter.Option(value, label, "e.entry_date between date '%s' and date '%s'".formatted(from, to));
    }
}
