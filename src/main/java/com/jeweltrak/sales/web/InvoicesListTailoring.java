package com.jeweltrak.sales.web;

import com.jeweltrak.platform.lists.StoreFilterTailoring;
import com.jeweltrak.platform.tenancy.Stores;
import org.springframework.stereotype.Component;

/** The stores the person may access as the Invoices list's store filter. */
@Component
class InvoicesListTailoring extends StoreFilterTailoring {

    InvoicesListTailoring(Stores stores) {
        super(stores, InvoicesList.KEY, InvoicesList.STORE_FILTER, "i.store_id");
    }
}
