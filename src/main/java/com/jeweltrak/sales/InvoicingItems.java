package com.jeweltrak.sales;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.UserId;
import com.jeweltrak.platform.web.StateConflict;
import org.springframework.stereotype.Component;

/**
 * Items picked on an inventory list go onto an invoice at once (issue 6 §2, "picked in bulk from a list"): a new one for
 * a customer or a walk-in, or an Open invoice already started. Each item is added as the StockID box adds it, in a
 * transaction of its own, so an item that cannot be sold (sold meanwhile, none in stock, already on that invoice) is
 * skipped with the reason while the others go on (04-inventory §Bulk Actions R6).
 */
@Component
public class InvoicingItems {

    public record Skipped(String stockId, String reason) {
    }

    public record Outcome(InvoiceId invoice, List<String> added, List<Skipped> skipped) {
        /** e.g. "2 items added. Skipped: StockID 1002 (it is sold on invoice 7)." */
        public String message() {
            String head = (added.size() == 1 ? "1 item" : added.size() + " items") + " added.";
            if (skipped.isEmpty()) return head;
            return head + " Skipped: " + skipped.stream().map(s -> "StockID " + s.stockId() + " (" + s.reason() + ")")
                    .collect(Collectors.joining("; ")) + ".";
        }
    }

    private final OpeningAnInvoice opening;
    private final AddingALine adding;
    private final Invoices invoices;

    InvoicingItems(OpeningAnInvoice opening, AddingALine adding, Invoices invoices) {
        this.opening = opening;
        this.adding = adding;
        this.invoices = invoices;
    }

    /** Onto a new invoice of that store, for the customer (null: a walk-in sale), sold by {@code salesperson}. */
    public Outcome ontoNewInvoice(StoreId store, ContactId customer, UserId salesperson, List<String> stockIds) {
        if (stockIds.isEmpty()) throw new BusinessRuleViolated("items", "Select the items to invoice.");
        InvoiceId id = opening.open(new OpeningAnInvoice.Request(store, customer, salesperson, null, null, null, null, null,
                false));
        return add(id, stockIds);
    }

    /** Onto an invoice that is still Open (refused, for all items at once, when it is not). */
    public Outcome ontoInvoice(InvoiceId id, List<String> stockIds) {
        if (stockIds.isEmpty()) throw new BusinessRuleViolated("items", "Select the items to invoice.");
        invoices.get(id).checkLinesEditable();
        return add(id, stockIds);
    }

    private Outcome add(InvoiceId id, List<String> stockIds) {
        List<String> added = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (String stockId : stockIds) {
            try {
                adding.add(id, new AddingALine.Request(LineKind.ITEM, stockId, null, null, null, null, null, null));
                added.add(stockId);
            } catch (BusinessRuleViolated | StateConflict refused) {
                skipped.add(new Skipped(stockId, lowerFirst(refused.getMessage())));
            }
        }
        return new Outcome(id, added, skipped);
    }

    private static String lowerFirst(String message) {
        if (message == null || message.isEmpty()) return "refused";
        String trimmed = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
        return Character.toLowerCase(trimmed.charAt(0)) + trimmed.substring(1);
    }
}
