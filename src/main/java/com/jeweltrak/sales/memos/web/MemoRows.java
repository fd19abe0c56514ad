package com.jeweltrak.sales.memos.web;

import java.math.BigDecimal;
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
import com.jeweltrak.sales.memos.Memo;
import com.jeweltrak.sales.memos.MemoId;
import com.jeweltrak.sales.memos.MemoLine;
import com.jeweltrak.sales.memos.Memos;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Memos for the list, peeks and histories: only those of the stores the person may access, searched by number ("memo
 * 12", "#12", "12") or the customer's name. Conditions and order come from the list definition (whitelisted SQL).
 */
@Component
class MemoRows {

    /** Units still out on a memo, for the list's filters and sort. */
    static final String OUT = "(select coalesce(sum(l.quantity - l.qty_returned - l.qty_invoiced), 0) from memo_line l"
            + " where l.tenant_id = m.tenant_id and l.memo_id = m.id)";
    static final String LINES = "(select count(*) from memo_line l where l.tenant_id = m.tenant_id and l.memo_id = m.id)";

    static final String FROM = """
             from memo m join contact c on c.tenant_id = m.tenant_id and c.id = m.customer_id
            where (:all or m.store_id = any(:stores))
              and (:search = '' or cast(m.number as text) = :search
                   or lower(concat_ws(' ', c.first_name, c.last_name, c.company)) like :pattern escape '\\')""";

    private final JdbcClient jdbc;
    private final Memos memos;
    private final Contacts contacts;
    private final Stores stores;

    MemoRows(JdbcClient jdbc, Memos memos, Contacts contacts, Stores stores) {
        this.jdbc = jdbc;
        this.memos = memos;
        this.contacts = contacts;
        this.stores = stores;
    }

    @Transactional(readOnly = true)
    public Paged<MemoRow> page(ListQuery query) {
        String where = FROM + " and " + query.where();
        long total = bind(jdbc.sql("select count(*)" + where), query).query(Long.class).single();
        List<Long> ids = bind(jdbc.sql("select m.id" + where + " order by " + query.orderBy() + " limit :size offset :offset"), query)
                .param("size", query.size()).param("offset", query.offset()).query(Long.class).list();
        return new Paged<>(ids.stream().map(this::row).toList(), query.page(), query.size(), total);
    }

    @Transactional(readOnly = true)
    public void each(ListQuery query, Consumer<? super MemoRow> row) {
        bind(jdbc.sql("select m.id" + FROM + " and " + query.where() + " order by " + query.orderBy()), query)
                .query(Long.class).list().forEach(id -> row.accept(row(id)));
    }

    /** Newest first, the memos matching {@code condition} (SQL of this class's callers, never typed text). */
    @Transactional(readOnly = true)
    public List<MemoRow> where(String condition, Object value, int limit) {
        return bind(jdbc.sql("select m.id" + FROM + " and " + condition + " order by m.memo_date desc, m.id desc limit :limit"),
                ListQuery.of("", "m.id", 0, limit)).param("value", value).param("limit", limit)
                .query(Long.class).list().stream().map(this::row).toList();
    }

    @Transactional(readOnly = true)
    public MemoRow row(long id) {
        return row(memos.get(new MemoId(id)));
    }

    MemoRow row(Memo memo) {
        return new MemoRow(memo.id().value(), memo.number(), memo.date(), memo.expectedReturn(),
                stores.find(memo.store()).map(Store::name).orElse(null),
                contacts.find(memo.customer()).map(Contact::displayName).orElse(null), memo.pill(), memo.voided(),
                memo.counts(), memo.lines().stream().map(MemoLine::net).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, ListQuery query) {
        CurrentUser me = CurrentUser.require();
        boolean all = me.can(Permission.CAN_VIEW_ALL_STORES);
        Long[] mine = me.stores().stream().map(CurrentUser.StoreChoice::id).map(StoreId::value).toArray(Long[]::new);
        String search = query.search() == null ? "" : query.search().trim().toLowerCase();
        // "memo 12" and "#12" find memo 12
        String number = search.replaceFirst("^memo\\s*", "").replaceFirst("^#", "");
        return sql.param("all", all).param("stores", mine).param("search", number.matches("\\d+") ? number : search)
                .param("pattern", query.searchPattern());
    }
}
