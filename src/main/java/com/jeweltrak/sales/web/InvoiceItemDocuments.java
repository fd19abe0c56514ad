package com.jeweltrak.sales.web;

import java.util.List;

import com.jeweltrak.inventory.ItemDocuments;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The invoices that hold an item, for the item page (09-reports §Who Did I Sell This To? R1–R4): the customer and
 * invoice number answer the question; a voided invoice stays, flagged Voided. Only for Invoices.View holders, and only
 * invoices of stores they may access.
 */
@Component
class InvoiceItemDocuments implements ItemDocuments {

    private final InvoiceRows rows;

    InvoiceItemDocuments(InvoiceRows rows) {
        this.rows = rows;
    }

    @Override
    public List<Line> holding(ItemId item, int limit) {
        if (CurrentUser.get().isEmpty() || !CurrentUser.require().can("Invoices.View")) return List.of();
        return rows.where("exists (select 1 from invoice_line l where l.tenant_id = i.tenant_id and l.invoice_id = i.id"
                        // a piece taken in trade lists the invoice it came in on (02-sales §Trade-In R5)
                        + " and (l.item_id = :value or l.trade_in_item_id = :value))", item.value(), limit).stream()
                .map(r -> new Line(r.date(), "Invoice", Long.toString(r.number()),
                        r.customer() == null ? "Walk-in" : r.customer(), r.total(), r.statusLabel(),
                        "/sales/invoices/" + r.id(), "/peek/invoice/" + r.id()))
                .toList();
    }
}
