package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.Organizations;
import com.jeweltrak.platform.tenancy.StoreId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A payment received from a customer on account (08-accounting §Applying Payments): the money comes in once (a
 * receipt, {@link PaymentReceivedOnAccount}) and is applied oldest-first (R2: the customer's oldest open balance, then
 * the next, the last touched may stay part-paid; only Finalized invoices that owe, R6; one in the closed period is
 * passed over) or to the invoices the user ticks (R3, R5: each amount > 0 and ≤ that invoice's balance, Σ ≤ the
 * payment). What is not applied is credit on account (R4), applied to the customer's next finalized invoice.
 * Each invoice is locked before its balance is read, so two payments racing for one invoice never over-apply it.
 */
@Component
public class ReceivingAPayment {

    public enum Mode { OLDEST_FIRST, MANUAL }

    public record Allocation(InvoiceId invoice, BigDecimal amount) {
    }

    public record Request(ContactId customer, StoreId store, BigDecimal amount, LocalDate date, PaymentMethod method,
                          String methodName, String checkNumber, String cardLast4, String authCode, String reference,
                          String notes, Mode mode, List<Allocation> applications) {
    }

    private final InvoiceWork work;
    private final JdbcClient jdbc;
    private final TenderFields tenderFields;
    private final CustomerPayments payments;
    private final ReceiptApplications applications;
    private final Organizations organizations;

    ReceivingAPayment(InvoiceWork work, JdbcClient jdbc, TenderFields tenderFields, CustomerPayments payments,
                      ReceiptApplications applications, Organizations organizations) {
        this.work = work;
        this.jdbc = jdbc;
        this.tenderFields = tenderFields;
        this.payments = payments;
        this.applications = applications;
        this.organizations = organizations;
    }

    @Transactional
    public CustomerPaymentId receive(Request r) {
        work.require("Invoices.Edit");
        if (r.customer() == null || !jdbc.sql("select exists (select 1 from contact where id = ?)")
                .param(r.customer().value()).query(Boolean.class).single()) {
            throw new BusinessRuleViolated("customerId", "Choose the customer who paid.");
        }
        if (r.store() == null) throw new BusinessRuleViolated("storeId", "Choose the store that received the payment.");
        if (r.amount() == null || r.amount().signum() <= 0) throw new BusinessRuleViolated("amount", "The amount is more than 0.");
        BigDecimal amount = Money.cents(r.amount());
        if (amount.signum() <= 0) throw new BusinessRuleViolated("amount", "The amount is more than 0.");
        LocalDate today = work.today(r.store());
        LocalDate date = r.date() == null ? today : r.date();
        if (date.isAfter(today)) throw new BusinessRuleViolated("date", "A payment is received today or earlier, not on " + date + ".");
        var organization = organizations.get();
        if (organization.isClosed(date)) {
            throw new BusinessRuleViolated("date", "The books are closed through " + organization.closedThrough()
                    + ": date the payment in the open period.");
        }
        if (r.method() == null || !Set.of(PaymentMethod.CASH, PaymentMethod.CHECK, PaymentMethod.CARD, PaymentMethod.OTHER)
                .contains(r.method())) {
            throw new BusinessRuleViolated("method", "Choose how it was paid: CASH, CHECK, CARD or OTHER.");
        }
        TenderFields.refuseCardNumbers(r.methodName(), r.checkNumber(), r.cardLast4(), r.authCode(), r.reference(), r.notes());
        String methodName = tenderFields.check(r.method(), r.methodName(), r.checkNumber(), r.cardLast4(), r.authCode());
        if (r.reference() != null && r.reference().strip().length() > 60) {
            throw new BusinessRuleViolated("reference", "Keep the reference to 60 characters.");
        }
        if (r.notes() != null && r.notes().strip().length() > 1000) {
            throw new BusinessRuleViolated("notes", "Keep the notes to 1000 characters.");
        }
        Mode mode = r.mode() == null ? Mode.OLDEST_FIRST : r.mode();
        List<Allocation> picked = r.applications() == null ? List.of() : r.applications();
        if (mode == Mode.MANUAL) checkSum(picked, amount);

        CustomerPaymentId id = new CustomerPaymentId(jdbc.sql("""
                        insert into customer_payment (tenant_id, store_id, customer_id, payment_date, method, method_name,
                                                      check_number, card_last4, auth_code, reference, notes, amount,
                                                      created_at, created_by)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(r.store().value(), r.customer().value(), date, r.method().name(), methodName,
                        TenderFields.strip(r.checkNumber()), TenderFields.strip(r.cardLast4()),
                        TenderFields.strip(r.authCode()), TenderFields.strip(r.reference()), TenderFields.strip(r.notes()),
                        amount, java.sql.Timestamp.from(work.now()), work.actor() == null ? null : work.actor().value())
                .query(Long.class).single());
        work.publish(new PaymentReceivedOnAccount(work.tenant(), id, r.store(), date, r.customer(), r.method(), methodName,
                amount));
        CustomerPayment receipt = payments.get(id);
        if (mode == Mode.MANUAL) applyPicked(receipt, picked, date);
        else applyOldestFirst(receipt, amount, date);
        return id;
    }

    /** R5: "applying more than the payment" is refused before anything is written. */
    private static void checkSum(List<Allocation> picked, BigDecimal amount) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < picked.size(); i++) {
            Allocation a = picked.get(i);
            if (a == null || a.invoice() == null) throw new BusinessRuleViolated("applications[" + i + "].invoiceId", "Choose the invoice.");
            if (a.amount() == null || Money.cents(a.amount()).signum() <= 0) {
                throw new BusinessRuleViolated("applications[" + i + "].amount", "The amount applied is more than 0.");
            }
            sum = sum.add(Money.cents(a.amount()));
        }
        if (sum.compareTo(amount) > 0) {
            throw new BusinessRuleViolated("applications", "The applications add up to " + sum.toPlainString()
                    + ", more than the " + amount.toPlainString() + " received.");
        }
    }

    private void applyPicked(CustomerPayment receipt, List<Allocation> picked, LocalDate date) {
        Set<InvoiceId> seen = new HashSet<>();
        for (int i = 0; i < picked.size(); i++) {
            Allocation a = picked.get(i);
            String field = "applications[" + i + "]";
            if (!seen.add(a.invoice())) throw new BusinessRuleViolated(field + ".invoiceId", "That invoice is listed twice.");
            Invoice invoice = work.invoices.find(a.invoice())
                    .orElseThrow(() -> new BusinessRuleViolated(field + ".invoiceId", "There is no such invoice."));
            invoice = work.invoices.lock(invoice.id());
            if (!receipt.customer().equals(invoice.customer())) {
                throw new BusinessRuleViolated(field + ".invoiceId", "Invoice " + invoice.numberText()
                        + " is not this customer's.");
            }
            if (invoice.status() != InvoiceStatus.FINALIZED) {
                throw new BusinessRuleViolated(field + ".invoiceId", "Invoice " + invoice.numberText() + " is "
                        + invoice.status().name().toLowerCase() + ": a payment on account pays finalized invoices; an open "
                        + "invoice is paid from its own payments.");
            }
            var organization = organizations.get();
            if (organization.isClosed(invoice.date())) {
                throw new BusinessRuleViolated(field + ".invoiceId", "Invoice " + invoice.numberText() + " is dated "
                        + invoice.date() + ", in the period closed through " + organization.closedThrough() + ".");
            }
            BigDecimal amount = Money.cents(a.amount());
            BigDecimal balance = Money.cents(invoice.balance());
            if (amount.compareTo(balance) > 0) {
                throw new BusinessRuleViolated(field + ".amount", "Only " + balance.max(BigDecimal.ZERO).toPlainString()
                        + " is due on invoice " + invoice.numberText());
            }
            applications.apply(invoice, receipt, amount, date);
            work.followBalance(invoice);
        }
    }

    private void applyOldestFirst(CustomerPayment receipt, BigDecimal amount, LocalDate date) {
        BigDecimal left = amount;
        var organization = organizations.get();
        for (CustomerPayments.OpenInvoice open : payments.openInvoices(receipt.customer())) {
            if (left.signum() <= 0) break;
            if (organization.isClosed(open.date())) continue;
            Invoice invoice = work.invoices.lock(open.id());
            if (invoice.status() != InvoiceStatus.FINALIZED) continue;
            BigDecimal balance = Money.cents(invoice.balance());
            if (balance.signum() <= 0) continue;
            BigDecimal apply = left.min(balance);
            applications.apply(invoice, receipt, apply, date);
            work.followBalance(invoice);
            left = left.subtract(apply);
        }
    }
}
