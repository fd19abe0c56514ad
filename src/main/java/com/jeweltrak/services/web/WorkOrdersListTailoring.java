package com.jeweltrak.services.web;

import com.jeweltrak.platform.lists.StoreFilterTailoring;
import com.jeweltrak.platform.tenancy.Stores;
import org.springframework.stereotype.Component;

/** The stores the person may access as the Work orders list's store filter. */
@Component
class WorkOrdersListTailoring extends StoreFilterTailoring {

    WorkOrdersListTailoring(Stores stores) {
        super(stores, WorkOrdersList.KEY, WorkOrdersList.STORE_FILTER, "w.store_id");
    }
}
