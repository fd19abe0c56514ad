package com.jeweltrak.sales.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.lists.ListQuery;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.platform.users.User;
import com.jeweltrak.platform.users.Users;
import com.jeweltrak.sales.Invoice;
import com.jeweltrak.sales.InvoiceBalanceSql;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.InvoiceStatus;
import com.jeweltrak.sales.InvoiceTotals;
import com.jeweltrak.sales.Invoices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoices for the list, peeks and histories: only those of the stores the person may access (as the API), searched by
 * number or the customer's name. Conditions and order come from the list definition (whitelisted SQL).
 */
@Component
class InvoiceRows {

    static final String FROM = """
             from invoice i left join contact c on c.tenant_id = i.tenant_id and c.id = i.customer_id
            where (:all or i.store_id = any(:stores))
              and (:search = '' or cast(i.number as text) = :search
                   or lower(concat_ws(' ', c.first_name, c.last_name, c.company)) like :pattern escape '\\')""";

    private final JdbcClient jdbc;
    private final Invoices invoices;
    private final Contacts contacts;
    private final Users users;
    private final Stores stores;

    InvoiceRows(JdbcClient jdbc, Invoices invoices, Contacts contacts, Users users, Stores stores) {
        this.jdbc = jdbc;
        this.invoices = invoices;
        this.contacts = contacts;
        this.users = users;
        this.stores = stores;
    }

    @Transactional(readOnly = true)
    public Paged<InvoiceRow> page(ListQuery query) {
        String where = FROM + " and " + query.where();
        long total = bind(jdbc.sql("select count(*)" + where), query).query(Long.class).single();
        List<Long> ids = bind(jdbc.sql("select i.id" + where + " order by " + query.orderBy() + " limit :size offset :offset"), query)
                .param("size", query.size()).param("offset", query.offset()).query(Long.class).list();
        return new Paged<>(rows(ids), query.page(), query.size(), total);
    }

    @Transactional(readOnly = true)
    public void each(ListQuery query, Consumer<? super InvoiceRow> row) {
        bind(jdbc.sql("select i.id" + FROM + " and " + query.where() + " order by " + query.orderBy()), query)
                .query(Long.class).list().stream().gather(java.util.stream.Gatherers.<Long>windowFixed(500))
                .forEach(chunk -> rows(chunk).forEach(row));
    }

    /** Newest first, the invoices matching {@code condition} (SQL of this class's callers, never typed text). */
    @Transactional(readOnly = true)
    public List<InvoiceRow> where(String condition, Object value, int limit) {
        return bind(jdbc.sql("select i.id" + FROM + " and " + condition + " order by i.invoice_date desc, i.id desc limit :limit"),
                ListQuery.of("", "i.id", 0, limit)).param("value", value).param("limit", limit)
                .query(Long.class).list().stream().map(this::row).toList();
    }

    /**
     * The rows of a page in one statement, in the order of {@code ids}: the figures an invoice keeps (total; balance =
     * total − what its live tenders paid − its standing write-off, as {@link InvoiceTotals}) and the names beside it. A
     * page used to load each whole invoice — lines, payments, write-offs — and its store, customer and salesperson one
     * by one: ten statements a row, ≈ 250 a page. An invoice whose figures are not kept yet falls back to that way.
     */
    List<InvoiceRow> rows(List<Long> ids) {
        if (ids.isEmpty()) return List.of();
        Map<Long, InvoiceRow> found = new HashMap<>();
        jdbc.sql(ROWS).param("ids", ids.toArray(Long[]::new)).query((rs, n) -> {
            BigDecimal total = rs.getBigDecimal("total");
            return total == null ? null : new InvoiceRow(rs.getLong("id"), rs.getLong("number"),
                    rs.getObject("invoice_date", LocalDate.class), rs.getString("store"), rs.getString("customer"),
                    rs.getString("salesperson"), InvoiceStatus.valueOf(rs.getString("status")), total.setScale(2, RoundingMode.HALF_UP),
                    rs.getBigDecimal("balance").setScale(2, RoundingMode.HALF_UP));
        }).list().stream().filter(Objects::nonNull).forEach(row -> found.put(row.id(), row));
        return ids.stream().map(id -> found.containsKey(id) ? found.get(id) : row(id)).toList();
    }

    private static final String ROWS = """
            select i.id, i.number, i.invoice_date, i.status, s.name as store,
                   coalesce(nullif(trim(concat_ws(' ', c.first_name, c.last_name)), ''), c.company) as customer,
                   nullif(trim(concat_ws(' ', u.first_name, u.last_name)), '') as salesperson, i.total,
                   i.total - (%s) - (%s) as balance
            from invoice i
            join store s on s.tenant_id = i.tenant_id and s.id = i.store_id
            left join contact c on c.tenant_id = i.tenant_id and c.id = i.customer_id
            left join app_user u on u.tenant_id = i.tenant_id and u.id = i.salesperson_id
            where i.id = any(:ids)""".formatted(InvoiceBalanceSql.PAID, InvoiceBalanceSql.WRITTEN_OFF);

    @Transactional(readOnly = true)
    public InvoiceRow row(long id) {
        return row(invoices.get(new InvoiceId(id)));
    }

    InvoiceRow row(Invoice invoice) {
        InvoiceTotals totals = invoice.totals();
        return new InvoiceRow(invoice.id().value(), invoice.number(), invoice.date(),
                stores.find(invoice.store()).map(Store::name).orElse(null),
                invoice.customer() == null ? null : contacts.find(invoice.customer()).map(Contact::displayName).orElse(null),
                invoice.salesperson() == null ? null : users.find(invoice.salesperson()).map(User::displayName).orElse(null),
                invoice.status(), totals.total(), totals.balance());
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, ListQuery query) {
        CurrentUser me = CurrentUser.require();
        boolean all = me.can(Permission.CAN_VIEW_ALL_STORES);
        Long[] mine = me.stores().stream().map(CurrentUser.StoreChoice::id).map(StoreId::value).toArray(Long[]::new);
        String search = query.search() == null ? "" : query.search().trim().toLowerCase();
        // "invoice 12" and "#12" find invoice 12
        String number = search.replaceFirst("^(invoice|inv\\.?)\\s*", "").replaceFirst("^#", "");
        return sql.param("all", all).param("stores", mine).param("search", number.matches("\\d+") ? number : search)
                .param("pattern", query.searchPattern());
    }
}
