package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.ContactRoles;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.numbering.NumberSequences;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new invoice (02-sales §Finalize R1): Open, numbered now in the store's own sequence (decision 12 — a deleted
 * invoice's number stays used), with the store's tax setup as it is today. No customer is a walk-in sale; a customer
 * gets the Customer role. Back-dating into the closed period is refused (Period Close R1).
 */
@Component
public class OpeningAnInvoice {

    public record Request(StoreId store, ContactId customer, UserId salesperson, LocalDate date, String reference,
                          String notes, String shipTo, BigDecimal freight, boolean outOfState) {
    }

    private final InvoiceWork work;
    private final Stores stores;
    private final NumberSequences numbers;
    private final ContactRoles roles;
    private final JdbcClient jdbc;
    private final WholesaleExemption wholesale;

    OpeningAnInvoice(InvoiceWork work, Stores stores, NumberSequences numbers, ContactRoles roles, JdbcClient jdbc,
                     WholesaleExemption wholesale) {
        this.wholesale = wholesale;
        this.work = work;
        this.stores = stores;
        this.numbers = numbers;
        this.roles = roles;
        this.jdbc = jdbc;
    }

    @Transactional
    public InvoiceId open(Request request) {
        if (request.store() == null) throw new BusinessRuleViolated("storeId", "Choose the store the sale is made in.");
        Store store = stores.get(request.store());
        if (!store.active()) throw new BusinessRuleViolated("storeId", "The store " + store.name() + " is closed.");
        LocalDate date = request.date() == null ? work.today(store.id()) : request.date();
        work.checkOpenPeriod(date);
        BigDecimal freight = request.freight() == null ? BigDecimal.ZERO : request.freight();
        if (freight.signum() < 0) throw new BusinessRuleViolated("freight", "Freight cannot be negative.");
        if (request.customer() != null) ensureCustomer(request.customer());
        UserId salesperson = request.salesperson() == null ? work.actor() : request.salesperson();
        work.checkSalesperson(salesperson);
        long number = numbers.next("invoice:" + store.id().value(), 0);
        long id = jdbc.sql("""
                        insert into invoice (tenant_id, store_id, number, customer_id, salesperson_id, invoice_date, reference,
                                             notes, ship_to, freight, out_of_state, tax_rate, surtax_rate, surtax_threshold,
                                             created_by)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(store.id().value(), number, request.customer() == null ? null : request.customer().value(),
                        salesperson == null ? null : salesperson.value(), date, blank(request.reference()),
                        blank(request.notes()), blank(request.shipTo()), freight, request.outOfState(),
                        store.tax().taxRate(), store.tax().surTaxRate(), store.tax().surTaxThreshold(),
                        work.actor() == null ? null : work.actor().value())
                .query(Long.class).single();
        wholesale.refresh(new InvoiceId(id));
        // an invoice carries its figures from the start (all zero, or freight alone): the reports read them
        work.keepFigures(new InvoiceId(id));
        return new InvoiceId(id);
    }

    /** The contact becomes a customer (07-contacts: an invoice opens the Customer role); an unknown one is refused. */
    private void ensureCustomer(ContactId customer) {
        try {
            roles.ensure(customer, ContactRole.CUSTOMER);
        } catch (com.jeweltrak.platform.RecordNotFound e) {
            throw new BusinessRuleViolated("customerId", "There is no such customer.");
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
