package com.jeweltrak.sales.web;

import java.util.List;
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
import com.jeweltrak.sales.InvoiceId;
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
        return new Paged<>(ids.stream().map(this::row).toList(), query.page(), query.size(), total);
    }

    @Transactional(readOnly = true)
    public void each(ListQuery query, Consumer<? super InvoiceRow> row) {
        bind(jdbc.sql("select i.id" + FROM + " and " + query.where() + " order by " + query.orderBy()), query)
                .query(Long.class).list().forEach(id -> row.accept(row(id)));
    }

    /** Newest first, the invoices matching {@code condition} (SQL of this class's callers, never typed text). */
    @Transactional(readOnly = true)
    public List<InvoiceRow> where(String condition, Object value, int limit) {
        return bind(jdbc.sql("select i.id" + FROM + " and " + condition + " order by i.invoice_date desc, i.id desc limit :limit"),
                ListQuery.of("", "i.id", 0, limit)).param("value", value).param("limit", limit)
                .query(Long.class).list().stream().map(this::row).toList();
    }

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
