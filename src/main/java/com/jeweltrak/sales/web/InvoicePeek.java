package com.jeweltrak.sales.web;

import java.util.Map;
import java.util.Optional;

import com.jeweltrak.platform.peek.Peek;
import com.jeweltrak.platform.peek.PeekProvider;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.Invoices;
import org.springframework.stereotype.Component;

/** An invoice at a glance from the list or the search: customer, date, store, total and balance. */
@Component
class InvoicePeek implements PeekProvider {

    static final String TYPE = "invoice";

    private final Invoices invoices;
    private final InvoiceRows rows;

    InvoicePeek(Invoices invoices, InvoiceRows rows) {
        this.invoices = invoices;
        this.rows = rows;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String label() {
        return "Invoice";
    }

    @Override
    public String permission() {
        return Permission.key("Invoices", "View");
    }

    @Override
    public Optional<Peek> peek(long id, CurrentUser viewer) {
        return invoices.find(new InvoiceId(id)).filter(i -> viewer.mayAccess(i.store())).map(rows::row)
                .map(r -> new Peek("Invoice " + r.number(), r.statusLabel(), "/sales/invoices/" + id, "sales/peek",
                        Map.of("peekInvoice", r)));
    }
}
