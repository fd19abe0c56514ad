package com.jeweltrak.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.EditingContacts;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.sales.AddingALine;
import com.jeweltrak.sales.FinalizingAnInvoice;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.LineKind;
import com.jeweltrak.sales.MovingAPaymentToCredit;
import com.jeweltrak.sales.OpeningAnInvoice;
import com.jeweltrak.sales.PaymentId;
import com.jeweltrak.sales.PaymentMethod;
import com.jeweltrak.sales.TakingATender;
import com.jeweltrak.support.TestTenants;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * AR for the receivables tests, made through the real use cases as the tenant's owner: customers (with or without an
 * e-mail address), invoices on account dated in the past (a non-taxable service, so the amounts are exact), counter
 * tenders and payments moved to credit on account.
 */
@Component
public class ArFixtures {

    private final EditingContacts contacts;
    private final OpeningAnInvoice opening;
    private final AddingALine adding;
    private final FinalizingAnInvoice finalizing;
    private final TakingATender tendering;
    private final MovingAPaymentToCredit moving;
    private final TransactionTemplate transactions;

    ArFixtures(EditingContacts contacts, OpeningAnInvoice opening, AddingALine adding, FinalizingAnInvoice finalizing,
               TakingATender tendering, MovingAPaymentToCredit moving, TransactionTemplate transactions) {
        this.contacts = contacts;
        this.opening = opening;
        this.adding = adding;
        this.finalizing = finalizing;
        this.tendering = tendering;
        this.moving = moving;
        this.transactions = transactions;
    }

    public ContactId customer(TestTenants.Tenant tenant, String first, String last, String email) {
        return as(tenant, () -> transactions.execute(s -> contacts.add(Contact.draft(new Contact.Name(first, last, null, null),
                Set.of(ContactRole.CUSTOMER), new Contact.Reach(email, null, null, null, null, null, null),
                new Contact.Address("12 Main St", null, "Springfield", "IL", "62701", "US"), null, null, null, null,
                false, false, null, null))));
    }

    /** An Open invoice of the customer dated {@code date} with one non-taxable service at {@code amount}. */
    public InvoiceId open(TestTenants.Tenant tenant, ContactId customer, LocalDate date, String amount) {
        return as(tenant, () -> {
            InvoiceId id = opening.open(new OpeningAnInvoice.Request(tenant.store(), customer, null, date, null, null, null,
                    null, false));
            adding.add(id, new AddingALine.Request(LineKind.SERVICE, null, "Repair", BigDecimal.ONE, new BigDecimal(amount),
                    null, false, null));
            return id;
        });
    }

    /** A finalized invoice on account: the customer owes {@code amount} from {@code date}. */
    public InvoiceId onAccount(TestTenants.Tenant tenant, ContactId customer, LocalDate date, String amount) {
        InvoiceId id = open(tenant, customer, date, amount);
        finalize(tenant, id);
        return id;
    }

    public void finalize(TestTenants.Tenant tenant, InvoiceId id) {
        as(tenant, () -> {
            finalizing.finalizeInvoice(id);
            return null;
        });
    }

    public PaymentId pay(TestTenants.Tenant tenant, InvoiceId id, String amount) {
        return as(tenant, () -> tendering.take(id, new TakingATender.Request(PaymentMethod.CASH, new BigDecimal(amount),
                null, null, null, null)));
    }

    /** Decision 1: the payment leaves its invoice and stays the customer's as credit on account. */
    public void moveToCredit(TestTenants.Tenant tenant, InvoiceId id, PaymentId payment) {
        as(tenant, () -> {
            moving.move(id, payment);
            return null;
        });
    }

    public <T> T as(TestTenants.Tenant tenant, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), tenant.owner().id(), work);
    }
}
