package com.jeweltrak.services.web;

import com.jeweltrak.platform.search.SearchEntry;
import com.jeweltrak.platform.search.SearchIndex;
import com.jeweltrak.platform.search.SearchableType;
import com.jeweltrak.services.WorkOrderId;
import com.jeweltrak.services.WorkOrders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A job as the top search box finds it: "work order 12" or "12" by its number, the customer's name or the item; behind
 * the Repairs view right and the job's store. The pages and the API index what they change.
 */
@Component
public class WorkOrderSearchEntries {

    private final SearchIndex index;
    private final WorkOrders workOrders;
    private final WorkOrderRows rows;

    WorkOrderSearchEntries(SearchIndex index, WorkOrders workOrders, WorkOrderRows rows) {
        this.index = index;
        this.workOrders = workOrders;
        this.rows = rows;
    }

    @Configuration(proxyBeanMethods = false)
    static class Declaration {
        @Bean
        SearchableType workOrdersSearchable() {
            return new SearchableType(WorkOrderPeek.TYPE, "Work order", "Work orders", WorkOrderPermissions.VIEW_KEY,
                    SearchableType.StoreRestriction.BY_ENTRY_STORE);
        }
    }

    @Transactional
    public void reindex(WorkOrderId id) {
        workOrders.find(id).ifPresent(job -> {
            WorkOrderRow row = rows.row(id.value());
            String number = Long.toString(job.number());
            index.index(new SearchEntry(WorkOrderPeek.TYPE, id.value(), job.store(), number,
                    "Work order " + number + " — " + (row.customer() == null ? row.orderType() : row.customer()),
                    row.item(), row.statusLabel(), row.customer() == null ? row.item() : row.customer() + " " + row.item()));
        });
    }
}
