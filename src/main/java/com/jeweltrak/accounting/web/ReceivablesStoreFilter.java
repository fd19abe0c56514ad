package com.jeweltrak.accounting.web;

import java.util.ArrayList;
import java.util.List;

import com.jeweltrak.platform.lists.ListDefinition;
import com.jeweltrak.platform.lists.ListFilter;
import com.jeweltrak.platform.lists.ListTailoring;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.Stores;
import org.springframework.stereotype.Component;

/**
 * The AR list's Store filter (08-accounting §AR R3), offered with two or more stores the person may access: customers
 * with an open invoice or a payment on account in that store. A customer's AR is one account across the stores (the
 * journal's sub-ledger has no store), so the row still shows the whole balance — the one the books agree with. The
 * store id in the SQL is read from the database, never text from the request.
 */
@Component
class ReceivablesStoreFilter implements ListTailoring {

    static final String KEY = "store";

    private final Stores stores;

    ReceivablesStoreFilter(Stores stores) {
        this.stores = stores;
    }

    @Override
    public boolean tailors(String listKey) {
        return ReceivablesList.KEY.equals(listKey);
    }

    @Override
    public <R> ListDefinition<R> forCurrentUser(ListDefinition<R> d) {
        CurrentUser me = CurrentUser.require();
        List<Store> mine = stores.accessibleTo(me);
        if (mine.size() < 2) return d;
        List<ListFilter> filters = new ArrayList<>(d.filters());
        filters.add(new ListFilter(KEY, "Store", "All stores", mine.stream()
                .map(s -> new ListFilter.Option(s.id().toString(), s.name(), inStore(s.id().value()))).toList()));
        return new ListDefinition<>(d.key(), d.title(), d.pageUrl(), d.permission(), d.columns(), filters, d.defaultOrder(),
                d.idSql(), d.id(), d.peek(), d.source(), d.domId(), d.tableId(), d.pageSize());
    }

    static String inStore(long store) {
        return """
                exists (select 1 from invoice i where i.customer_id = r.customer_id and i.store_id = %d
                        and i.status = 'FINALIZED' and i.ar_balance <> 0)
                or exists (select 1 from customer_payment cp where cp.customer_id = r.customer_id and cp.store_id = %d
                           and cp.voided_at is null)""".formatted(store, store);
    }
}
