package com.jeweltrak.partnerships.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.jeweltrak.platform.lists.ListDefinition;
import com.jeweltrak.platform.lists.ListFilter;
import com.jeweltrak.platform.lists.ListTailoring;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report's filters that depend on the tenant and the day (02-sales §Partnerships R17 "filter by partner"): the
 * partners named on any partnership, and periods counted from the store's today. Every option's SQL is built from
 * numbers and dates read here, never from text in the request; the API builds the same conditions from its typed
 * parameters.
 */
@Component
class SoldItemsFilters implements ListTailoring {

    static final String PARTNER = "partner";
    static final String PERIOD = "period";

    private final JdbcClient jdbc;
    private final Stores stores;
    private final Clock clock;

    SoldItemsFilters(JdbcClient jdbc, Stores stores, Clock clock) {
        this.jdbc = jdbc;
        this.stores = stores;
        this.clock = clock;
    }

    static String partnerSql(long contact) {
        return "exists (select 1 from partnership_partner fp where fp.tenant_id = p.tenant_id and fp.partnership_id = p.id"
                + " and fp.contact_id = " + contact + ")";
    }

    static String fromSql(LocalDate from) {
        return "inv.invoice_date >= date '" + from + "'";
    }

    static String toSql(LocalDate to) {
        return "inv.invoice_date <= date '" + to + "'";
    }

    static String storeSql(StoreId store) {
        return "inv.store_id = " + store.value();
    }

    @Override
    public boolean tailors(String listKey) {
        return SoldItemsList.KEY.equals(listKey);
    }

    @Override
    @Transactional(readOnly = true)
    public <R> ListDefinition<R> forCurrentUser(ListDefinition<R> d) {
        List<ListFilter> filters = new ArrayList<>(d.filters());
        List<ListFilter.Option> partners = jdbc.sql("""
                        select distinct c.id, coalesce(nullif(trim(concat_ws(' ', c.first_name, c.last_name)), ''), c.company) as name
                        from partnership_partner pp join contact c on c.tenant_id = pp.tenant_id and c.id = pp.contact_id
                        order by name, c.id""")
                .query((rs, n) -> new ListFilter.Option(Long.toString(rs.getLong(1)), rs.getString(2), partnerSql(rs.getLong(1))))
                .list();
        filters.add(new ListFilter(PARTNER, "Partner", "Every partner", partners));
        LocalDate today = LocalDate.now(clock.withZone(zone()));
        LocalDate month = today.withDayOfMonth(1);
        filters.add(ListFilter.of(PERIOD, "Sold", "Any date",
                new ListFilter.Option("this-month", "This month", between(month, today)),
                new ListFilter.Option("last-month", "Last month", between(month.minusMonths(1), month.minusDays(1))),
                new ListFilter.Option("last-30-days", "Last 30 days", between(today.minusDays(29), today)),
                new ListFilter.Option("this-year", "This year", between(today.withDayOfYear(1), today)),
                new ListFilter.Option("last-year", "Last year",
                        between(today.withDayOfYear(1).minusYears(1), today.withDayOfYear(1).minusDays(1)))));
        CurrentUser me = CurrentUser.require();
        var mine = stores.accessibleTo(me);
        if (mine.size() > 1) {
            filters.add(new ListFilter("store", "Store", "All stores", mine.stream()
                    .map(s -> new ListFilter.Option(s.id().toString(), s.name(), storeSql(s.id()))).toList()));
        }
        return new ListDefinition<>(d.key(), d.title(), d.pageUrl(), d.permission(), d.columns(), filters, d.defaultOrder(),
                d.idSql(), d.id(), d.peek(), d.source(), d.domId(), d.tableId(), d.pageSize());
    }

    private static String between(LocalDate from, LocalDate to) {
        return fromSql(from) + " and " + toSql(to);
    }

    private ZoneId zone() {
        return CurrentUser.get().map(CurrentUser::zone).orElse(clock.getZone());
    }
}
