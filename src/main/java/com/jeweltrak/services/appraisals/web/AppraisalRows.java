package com.jeweltrak.services.appraisals.web;

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
import com.jeweltrak.services.appraisals.Appraisal;
import com.jeweltrak.services.appraisals.AppraisalId;
import com.jeweltrak.services.appraisals.Appraisals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appraisals for the list, peeks and the search: only those of the stores the person may access, searched by number
 * ("appraisal 12", "#12", "12"), the customer's name or an item's description. Conditions and order come from the list
 * definition (whitelisted SQL).
 */
@Component
class AppraisalRows {

    /** R4: the total for the list's sort. */
    static final String TOTAL = "(select coalesce(sum(i.appraised_value), 0) from appraisal_item i"
            + " where i.tenant_id = a.tenant_id and i.appraisal_id = a.id)";

    static final String FROM = """
             from appraisal a join contact c on c.tenant_id = a.tenant_id and c.id = a.customer_id
            where (:all or a.store_id = any(:stores))
              and (:search = '' or cast(a.number as text) = :search
                   or lower(concat_ws(' ', c.first_name, c.last_name, c.company)) like :pattern escape '\\'
                   or exists (select 1 from appraisal_item i where i.tenant_id = a.tenant_id and i.appraisal_id = a.id
                              and lower(i.description) like :pattern escape '\\'))""";

    private final JdbcClient jdbc;
    private final Appraisals appraisals;
    private final Contacts contacts;
    private final Stores stores;

    AppraisalRows(JdbcClient jdbc, Appraisals appraisals, Contacts contacts, Stores stores) {
        this.jdbc = jdbc;
        this.appraisals = appraisals;
        this.contacts = contacts;
        this.stores = stores;
    }

    @Transactional(readOnly = true)
    public Paged<AppraisalRow> page(ListQuery query) {
        String where = FROM + " and " + query.where();
        long total = bind(jdbc.sql("select count(*)" + where), query).query(Long.class).single();
        List<Long> ids = bind(jdbc.sql("select a.id" + where + " order by " + query.orderBy()
                + " limit :size offset :offset"), query)
                .param("size", query.size()).param("offset", query.offset()).query(Long.class).list();
        return new Paged<>(ids.stream().map(this::row).toList(), query.page(), query.size(), total);
    }

    @Transactional(readOnly = true)
    public void each(ListQuery query, Consumer<? super AppraisalRow> row) {
        bind(jdbc.sql("select a.id" + FROM + " and " + query.where() + " order by " + query.orderBy()), query)
                .query(Long.class).list().forEach(id -> row.accept(row(id)));
    }

    @Transactional(readOnly = true)
    public AppraisalRow row(long id) {
        return row(appraisals.get(new AppraisalId(id)));
    }

    AppraisalRow row(Appraisal a) {
        return new AppraisalRow(a.id().value(), a.number(), a.date(), stores.find(a.store()).map(Store::name).orElse(null),
                contacts.find(a.customer()).map(Contact::displayName).orElse(null), a.purpose().label(), a.status(),
                a.items().size(), a.total());
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, ListQuery query) {
        CurrentUser me = CurrentUser.require();
        boolean all = me.can(Permission.CAN_VIEW_ALL_STORES);
        Long[] mine = me.stores().stream().map(CurrentUser.StoreChoice::id).map(StoreId::value).toArray(Long[]::new);
        String search = query.search() == null ? "" : query.search().trim().toLowerCase();
        // "appraisal 12" and "#12" find appraisal 12
        String number = search.replaceFirst("^appraisal\\s*", "").replaceFirst("^#", "");
        return sql.param("all", all).param("stores", mine).param("search", number.matches("\\d+") ? number : search)
                .param("pattern", query.searchPattern());
    }
}
