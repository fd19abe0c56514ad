package com.jeweltrak.services.web;

import java.util.Arrays;
import java.util.function.Consumer;

import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.lists.Column;
import com.jeweltrak.platform.lists.ListDefinition;
import com.jeweltrak.platform.lists.ListFilter;
import com.jeweltrak.platform.lists.ListQuery;
import com.jeweltrak.platform.lists.ListSource;
import com.jeweltrak.services.OrderType;
import com.jeweltrak.services.WorkOrderStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The work-order List view (03-services §1 R12): every job including finished ones, newest first, filtered by order
 * type, stock type ({@code ?stockType=S}), status and store, searched by number, customer or item.
 */
@Configuration(proxyBeanMethods = false)
class WorkOrdersList {

    static final String KEY = "services.work-orders";
    static final String STORE_FILTER = "store";

    @Bean
    ListDefinition<WorkOrderRow> workOrdersListDefinition(WorkOrderRows rows) {
        return ListDefinition.builder(KEY, WorkOrderRow.class)
                .title("Work orders")
                .pageUrl("/services/work-orders")
                .permission(WorkOrderPermissions.VIEW_KEY)
                .domIds("workOrderResults", "workOrderList")
                .column(Column.<WorkOrderRow>of("number", "Job", r -> Long.toString(r.number())).identifying()
                        .sortedBy("w.number").linkedTo(r -> "/services/work-orders/" + r.id()))
                .column(Column.<WorkOrderRow>of("type", "Type", WorkOrderRow::orderType))
                .column(Column.<WorkOrderRow>of("customer", "Customer", r -> r.customer() == null ? "" : r.customer())
                        .sortedBy("lower(coalesce(c.last_name, c.company, ''))", "lower(coalesce(c.first_name, ''))"))
                .column(Column.<WorkOrderRow>of("item", "Item", WorkOrderRow::item))
                .column(Column.<WorkOrderRow>of("store", "Store", WorkOrderRow::store))
                .column(Column.<WorkOrderRow>of("status", "Status", WorkOrderRow::statusLabel)
                        .badge(WorkOrderRow::badge).sortedBy("w.status"))
                .column(Column.<WorkOrderRow>of("rush", "Rush", r -> r.rush() ? "RUSH" : ""))
                .column(Column.<WorkOrderRow>of("location", "Location", r -> r.location() == null ? "" : r.location()))
                .column(Column.<WorkOrderRow>of("promised", "Promised", r -> r.promisedDate() == null ? "" : r.promisedDate().toString())
                        .sortedBy("w.promised_date", "w.id"))
                .filter(ListFilter.of("orderType", "Type", "Every type", Arrays.stream(OrderType.values())
                        // the SQL is built from the enum's own values, never from the request
                        .map(t -> new ListFilter.Option(t.value(), t.label(), "w.order_type = '" + t.value() + "'"))
                        .toArray(ListFilter.Option[]::new)))
                .filter(ListFilter.of("stockType", "Stock type", "Every stock type",
                        new ListFilter.Option("J", "Jewelry", "w.stock_type = 'J'"),
                        new ListFilter.Option("W", "Watch", "w.stock_type = 'W'"),
                        new ListFilter.Option("S", "Loose stone", "w.stock_type = 'S'")))
                .filter(ListFilter.of("status", "Status", "Every status", Arrays.stream(WorkOrderStatus.values())
                        .map(s -> new ListFilter.Option(s.value(), s.label(), "w.status = '" + s.value() + "'"))
                        .toArray(ListFilter.Option[]::new)))
                .defaultOrder("w.created_at desc, w.id desc")
                .id("w.id", WorkOrderRow::id)
                .peek(r -> "/peek/work-order/" + r.id())
                .source(new ListSource<>() {
                    @Override
                    public Paged<WorkOrderRow> page(ListQuery query) {
                        return rows.page(query);
                    }

                    @Override
                    public void each(ListQuery query, Consumer<? super WorkOrderRow> row) {
                        rows.each(query, row);
                    }
                })
                .build();
    }
}
