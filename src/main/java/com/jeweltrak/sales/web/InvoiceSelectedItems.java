package com.jeweltrak.sales.web;

import com.jeweltrak.inventory.bulk.FamilyLists;
import com.jeweltrak.platform.lists.BulkAction;
import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * "Invoice selected items" on the five inventory lists (issue 6 §2; 04-inventory §Bulk Actions): asks first — a new
 * invoice or an Open one — on {@link InvoiceSelectedItemsController}'s page. Offered to whoever may both see the family
 * and sell.
 */
@Component
class InvoiceSelectedItems implements BulkAction {

    static final String KEY = "invoice";

    @Override
    public String list() {
        return "inventory.*";
    }

    @Override
    public boolean actsOn(String listKey) {
        return FamilyLists.familyOf(listKey).isPresent();
    }

    @Override
    public boolean allows(String listKey, CurrentUser user) {
        return user.can(permission()) && FamilyLists.familyOf(listKey).filter(f -> user.can(f.viewPermission())).isPresent();
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String label() {
        return "Invoice selected items";
    }

    @Override
    public String permission() {
        return "Invoices.Create";
    }

    @Override
    public String form() {
        return "/sales/invoices/from-selection";
    }
}
