package com.jeweltrak.sales.memos.web;

import java.util.function.Consumer;

import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.lists.Column;
import com.jeweltrak.platform.lists.ListDefinition;
import com.jeweltrak.platform.lists.ListFilter;
import com.jeweltrak.platform.lists.ListQuery;
import com.jeweltrak.platform.lists.ListSource;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.users.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The Memos list (02-sales §Memos R8, UI): newest first, with the status pill, what is out and what came back,
 * filtered by status and store, searched by number or customer.
 */
@Configuration(proxyBeanMethods = false)
class MemosList {

    static final String KEY = "sales.memos";
    static final String STORE_FILTER = "store";

    @Bean
    ListDefinition<MemoRow> memosListDefinition(MemoRows rows) {
        return ListDefinition.builder(KEY, MemoRow.class)
                .title("Memos")
                .pageUrl("/sales/memos")
                .permission(Permission.key("Memos", "View"))
                .domIds("memoResults", "memoList")
                .column(Column.<MemoRow>of("number", "Memo", r -> Long.toString(r.number())).identifying()
                        .sortedBy("m.number").linkedTo(r -> "/sales/memos/" + r.id()))
                .column(Column.<MemoRow>of("status", "Status", MemoRow::statusLabel).badge(MemoRow::badgeClass))
                .column(Column.<MemoRow>of("customer", "Customer", MemoRow::customer)
                        .sortedBy("lower(coalesce(c.last_name, c.company, ''))", "lower(coalesce(c.first_name, ''))"))
                .column(Column.<MemoRow>of("date", "Date", MemoRow::date).sortedBy("m.memo_date", "m.id"))
                .column(Column.<MemoRow>of("expectedReturn", "Expected return", MemoRow::expectedReturn)
                        .sortedBy("m.expected_return_date", "m.id"))
                .column(Column.<MemoRow>of("out", "Out", MemoRow::outText).right().sortedBy(MemoRows.OUT, "m.id"))
                .column(Column.<MemoRow>of("returned", "Returned", MemoRow::returnedText).right())
                .column(Column.<MemoRow>of("store", "Store", MemoRow::store).hiddenByDefault())
                .column(Column.<MemoRow>of("value", "Value", MemoRow::valueText).right().hiddenByDefault())
                .filter(ListFilter.of("status", "Status", "Every status",
                        new ListFilter.Option("out", "Still out", "m.voided_at is null and " + MemoRows.OUT + " > 0"),
                        new ListFilter.Option("settled", "Settled", "m.voided_at is null and " + MemoRows.LINES
                                + " > 0 and " + MemoRows.OUT + " = 0"),
                        new ListFilter.Option("empty", "Empty", "m.voided_at is null and " + MemoRows.LINES + " = 0"),
                        new ListFilter.Option("voided", "Voided", "m.voided_at is not null")))
                .defaultOrder("m.memo_date desc, m.id desc")
                .id("m.id", MemoRow::id)
                .peek(r -> "/peek/memo/" + r.id())
                .source(new ListSource<>() {
                    @Override
                    public Paged<MemoRow> page(ListQuery query) {
                        return rows.page(query);
                    }

                    @Override
                    public void each(ListQuery query, Consumer<? super MemoRow> row) {
                        rows.each(query, row);
                    }
                })
                .build();
    }

    /** The stores the person may access as the store filter. */
    @Component
    static class Tailoring extends com.jeweltrak.platform.lists.StoreFilterTailoring {

        Tailoring(Stores stores) {
            super(stores, KEY, STORE_FILTER, "m.store_id");
        }
    }
}
