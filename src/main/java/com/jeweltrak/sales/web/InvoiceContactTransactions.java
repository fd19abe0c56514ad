package com.jeweltrak.sales.web;

import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactTransactions;
import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The customer's invoices on the contact page's Transactions tab (07-contacts: one shared history). */
@Component
class InvoiceContactTransactions implements ContactTransactions {

    private final InvoiceRows rows;

    InvoiceContactTransactions(InvoiceRows rows) {
        this.rows = rows;
    }

    @Override
    public List<Line> recent(ContactId contact, int limit) {
        if (CurrentUser.get().isEmpty() || !CurrentUser.require().can("Invoices.View")) return List.of();
        return rows.where("i.customer_id = :value", contact.value(), limit).stream()
                .map(r -> new Line(r.date(), "Invoice", Long.toString(r.number()),
                        r.store() == null ? null : r.store(), r.total(), r.statusLabel(), "/sales/invoices/" + r.id()))
                .toList();
    }
}
