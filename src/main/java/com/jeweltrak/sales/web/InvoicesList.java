package com.jeweltrak.sales.web;

import java.util.function.Consumer;

import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.lists.Column;
import com.jeweltrak.platform.lists.ListDefinition;
import com.jeweltrak.platform.lists.ListFilter;
import com.jeweltrak.platform.lists.ListQuery;
import com.jeweltrak.platform.lists.ListSource;
import com.jeweltrak.platform.users.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Invoices list (issue 6 §6): newest first, filtered by status and store, searched by number or customer. */
@Configuration(proxyBeanMethods = false)
class InvoicesList {

    static final String KEY = "sales.invoices";
    static final String STORE_FILTER = "store";

    @Bean
    ListDefinition<InvoiceRow> invoicesListDefinition(InvoiceRows rows) {
        return ListDefinition.builder(KEY, InvoiceRow.class)
                .title("Invoices")
                .pageUrl("/sales/invoices")
                .permission(Permission.key("Invoices", "View"))
                .domIds("invoiceResults", "invoiceList")
                .column(Column.<InvoiceRow>of("number", "Invoice", r -> Long.toString(r.number())).identifying()
                        .sortedBy("i.number").linkedTo(r -> "/sales/invoices/" + r.id()))
                .column(Column.<InvoiceRow>of("date", "Date", InvoiceRow::date).sortedBy("i.invoice_date", "i.id"))
                .column(Column.<InvoiceRow>of("store", "Store", InvoiceRow::store))
                .column(Column.<InvoiceRow>of("customer", "Customer", r -> r.customer() == null ? "Walk-in" : r.customer())
                        .sortedBy("lower(coalesce(c.last_name, c.company, ''))", "lower(coalesce(c.first_name, ''))"))
                .column(Column.<InvoiceRow>of("salesperson", "Salesperson", InvoiceRow::salesperson))
                .column(Column.<InvoiceRow>of("status", "Status", InvoiceRow::statusLabel)
                        .badge(r -> InvoiceRow.badge(r.status())).sortedBy("i.status"))
                .column(Column.<InvoiceRow>of("total", "Total", r -> InvoiceRow.money(r.total())).right())
                .column(Column.<InvoiceRow>of("balance", "Balance", r -> InvoiceRow.money(r.balance())).right())
                .filter(ListFilter.of("status", "Status", "Every status",
                        new ListFilter.Option("open", "Open", "i.status = 'OPEN'"),
                        new ListFilter.Option("finalized", "Finalized", "i.status = 'FINALIZED'"),
                        new ListFilter.Option("voided", "Voided", "i.status = 'VOIDED'")))
                .defaultOrder("i.invoice_date desc, i.id desc")
                .id("i.id", InvoiceRow::id)
                .peek(r -> "/peek/invoice/" + r.id())
                .source(new ListSource<>() {
                    @Override
                    public Paged<InvoiceRow> page(ListQuery query) {
                        return rows.page(query);
                    }

                    @Override
                    public void each(ListQuery query, Consumer<? super InvoiceRow> row) {
                        rows.each(query, row);
                    }
                })
                .build();
    }
}
