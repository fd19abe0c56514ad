package com.jeweltrak.services.web;

import java.time.Clock;
import java.time.Instant;
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
import com.jeweltrak.services.WorkOrder;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Jobs for the list, the board, peeks and search: only those of the stores the person may access, searched by number
 * ("work order 12", "#12"), customer or item. Conditions and order come from the list definition (whitelisted SQL).
 */
@Component
class WorkOrderRows {

    static final String FROM = """
             from work_order w left join contact c on c.tenant_id = w.tenant_id and c.id = w.customer_id
            where (:all or w.store_id = any(:stores))
              and (:search = '' or cast(w.number as text) = :search
                   or lower(concat_ws(' ', c.first_name, c.last_name, c.company)) like :pattern escape '\\'
                   or lower(concat_ws(' ', w.description, w.main_group, w.category)) like :pattern escape '\\')""";

    private final JdbcClient jdbc;
    private final WorkOrders workOrders;
    private final Contacts contacts;
    private final Stores stores;
    private final Clock clock;

    WorkOrderRows(JdbcClient jdbc, WorkOrders workOrders, Contacts contacts, Stores stores, Clock clock) {
        this.jdbc = jdbc;
        this.workOrders = workOrders;
        this.contacts = contacts;
        this.stores = stores;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Paged<WorkOrderRow> page(ListQuery query) {
        String where = FROM + " and " + query.where();
        long total = bind(jdbc.sql("select count(*)" + where), query).query(Long.class).single();
        List<Long> ids = bind(jdbc.sql("select w.id" + where + " order by " + query.orderBy() + " limit :size offset :offset"), query)
                .param("size", query.size()).param("offset", query.offset()).query(Long.class).list();
        return new Paged<>(ids.stream().map(this::row).toList(), query.page(), query.size(), total);
    }

    @Transactional(readOnly = true)
    public void each(ListQuery query, Consumer<? super WorkOrderRow> row) {
        bind(jdbc.sql("select w.id" + FROM + " and " + query.where() + " order by " + query.orderBy()), query)
                .query(Long.class).list().forEach(id -> row.accept(row(id)));
    }

    /** The board's cards (03-services §1 R5–R7), of the stores the person may access. */
    @Transactional(readOnly = true)
    public List<WorkOrderRow> board() {
        CurrentUser me = CurrentUser.require();
        List<StoreId> mine = me.can(Permission.CAN_VIEW_ALL_STORES) ? null : me.accessibleStores();
        Instant now = Instant.now(clock);
        return workOrders.onBoard(mine).stream().map(w -> row(w, now)).toList();
    }

    @Transactional(readOnly = true)
    public WorkOrderRow row(long id) {
        return row(workOrders.get(new WorkOrderId(id)), Instant.now(clock));
    }

    WorkOrderRow row(WorkOrder w, Instant now) {
        return new WorkOrderRow(w.id().value(), w.number(), w.orderType().label(), w.stockType(),
                stores.find(w.store()).map(Store::name).orElse(null),
                w.customer() == null ? null : contacts.find(w.customer()).map(Contact::displayName).orElse(null),
                w.item(), w.rush(), w.location(), w.status(), w.daysInStage(now), w.intakeDate(), w.promisedDate(),
                w.priceQuoted() != null ? w.priceQuoted() : w.unitPrice());
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, ListQuery query) {
        CurrentUser me = CurrentUser.require();
        boolean all = me.can(Permission.CAN_VIEW_ALL_STORES);
        Long[] mine = me.stores().stream().map(CurrentUser.StoreChoice::id).map(StoreId::value).toArray(Long[]::new);
        String search = query.search() == null ? "" : query.search().trim().toLowerCase();
        // "work order 12", "wo 12" and "#12" find work order 12
        String number = search.replaceFirst("^(work\\s*order|job|wo)\\s*", "").replaceFirst("^#", "");
        return sql.param("all", all).param("stores", mine).param("search", number.matches("\\d+") ? number : search)
                .param("pattern", query.searchPattern());
    }
}
