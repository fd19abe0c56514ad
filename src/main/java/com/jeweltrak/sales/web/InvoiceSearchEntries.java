package com.jeweltrak.sales.web;

import com.jeweltrak.platform.search.SearchEntry;
import com.jeweltrak.platform.search.SearchIndex;
import com.jeweltrak.platform.search.SearchableType;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.sales.InvoiceFinalized;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.InvoiceReopened;
import com.jeweltrak.sales.InvoiceVoided;
import com.jeweltrak.sales.Invoices;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An invoice as the top search box finds it (Search R2, R7): "invoice 12" or "12" by its number, or the customer's
 * name; behind Invoices.View and the invoice's store. The pages index what they change; the lifecycle events keep
 * the status current whoever finalizes, reopens or voids (the API too).
 */
@Component
public class InvoiceSearchEntries {

    private final SearchIndex index;
    private final Invoices invoices;
    private final InvoiceRows rows;

    InvoiceSearchEntries(SearchIndex index, Invoices invoices, InvoiceRows rows) {
        this.index = index;
        this.invoices = invoices;
        this.rows = rows;
    }

    @Configuration(proxyBeanMethods = false)
    static class Declaration {
        @Bean
        SearchableType invoicesSearchable() {
            return new SearchableType(InvoicePeek.TYPE, "Invoice", "Invoices", Permission.key("Invoices", "View"),
                    SearchableType.StoreRestriction.BY_ENTRY_STORE);
        }
    }

    @Transactional
    public void reindex(InvoiceId id) {
        invoices.find(id).ifPresent(invoice -> {
            InvoiceRow row = rows.row(invoice);
            String customer = row.customer() == null ? "Walk-in" : row.customer();
            index.index(new SearchEntry(InvoicePeek.TYPE, id.value(), invoice.store(), invoice.numberText(),
                    "Invoice " + invoice.numberText() + " — " + customer,
                    row.date() + " · " + row.totalText(), row.statusLabel(), row.customer()));
        });
    }

    @Transactional
    public void remove(InvoiceId id) {
        index.remove(InvoicePeek.TYPE, id.value());
    }

    @EventListener
    void finalized(InvoiceFinalized event) {
        reindex(event.invoice());
    }

    @EventListener
    void reopened(InvoiceReopened event) {
        reindex(event.invoice());
    }

    @EventListener
    void voided(InvoiceVoided event) {
        reindex(event.invoice());
    }
}
