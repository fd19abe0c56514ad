package com.jeweltrak.sales.web;

import java.time.ZoneId;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactTransactions;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.sales.StoreCredits;
import org.springframework.stereotype.Component;

/**
 * The customer's store credits on the contact page's Transactions tab (08-accounting §Store Credits R3: what each still
 * holds), each opening its page with its history.
 */
@Component
class StoreCreditContactTransactions implements ContactTransactions {

    private final StoreCredits storeCredits;

    StoreCreditContactTransactions(StoreCredits storeCredits) {
        this.storeCredits = storeCredits;
    }

    @Override
    public List<Line> recent(ContactId contact, int limit) {
        if (CurrentUser.get().isEmpty() || !CurrentUser.require().can("Invoices.View")) return List.of();
        ZoneId zone = CurrentUser.require().zone();
        return storeCredits.of(contact).stream().limit(limit)
                .map(c -> new Line(c.issuedAt().atZone(zone).toLocalDate(), "Store credit", Long.toString(c.id()),
                        c.sourceInvoice() == null ? "Stand-alone" : "From invoice " + c.sourceInvoiceNumber(),
                        c.remaining(), c.status(), "/sales/store-credits/" + c.id()))
                .toList();
    }
}
