package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.Organizations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's credit on account pays their invoices (08-accounting §Applying Payments R4, R7): the unapplied part of
 * their receipts, oldest receipt first (payment date, then id), min(what is left, balance) per invoice — by hand from a
 * receipt (to one invoice or oldest-first), and by itself when one of their invoices is finalized owing something
 * ({@link #whenFinalized}): credit on account first, then active store credits oldest first (§Store Credits R3, R12;
 * §AR R5). Each invoice is locked before the receipts, the order finalizing uses too.
 */
@Component
public class ApplyingCreditOnAccount {

    private final InvoiceWork work;
    private final CustomerPayments payments;
    private final ReceiptApplications applications;
    private final StoreCredits storeCredits;
    private final TakingATender tenders;
    private final Organizations organizations;

    ApplyingCreditOnAccount(InvoiceWork work, CustomerPayments payments, ReceiptApplications applications,
                            StoreCredits storeCredits, TakingATender tenders, Organizations organizations) {
        this.work = work;
        this.payments = payments;
        this.applications = applications;
        this.storeCredits = storeCredits;
        this.tenders = tenders;
        this.organizations = organizations;
    }

    /**
     * What receipt {@code id} still holds pays {@code invoice}, or (null) the customer's open invoices oldest-first;
     * what was applied.
     */
    @Transactional
    public BigDecimal applyReceipt(CustomerPaymentId id, InvoiceId invoice) {
        work.require("Invoices.Edit");
        CustomerPayment receipt = payments.get(id);
        if (receipt.voided()) throw new PaymentAlreadyVoided(id);
        if (receipt.unapplied().signum() <= 0) {
            throw new BusinessRuleViolated("amount", "Payment on account #" + id + " has no credit left to apply.");
        }
        List<InvoiceId> targets = invoice != null ? List.of(invoice)
                : payments.openInvoices(receipt.customer()).stream()
                        .filter(o -> !organizations.get().isClosed(o.date())).map(CustomerPayments.OpenInvoice::id).toList();
        if (targets.isEmpty()) {
            throw new BusinessRuleViolated("invoiceId", "The customer has no finalized invoice that owes anything.");
        }
        BigDecimal applied = BigDecimal.ZERO;
        for (InvoiceId target : targets) {
            Invoice locked = lockTarget(target, receipt.customer(), invoice != null);
            if (locked == null) continue;
            CustomerPayment fresh = payments.lock(id);
            BigDecimal amount = fresh.unapplied().min(Money.cents(locked.balance()));
            if (amount.signum() <= 0) {
                if (invoice != null) {
                    throw new BusinessRuleViolated("invoiceId", "Nothing is due on invoice " + locked.numberText() + ".");
                }
                if (fresh.unapplied().signum() <= 0) break;
                continue;
            }
            applications.apply(locked, fresh, amount, work.today(locked.store()));
            work.followBalance(locked);
            applied = applied.add(amount);
        }
        return applied;
    }

    /** The customer's credit on account (oldest receipts first) pays {@code invoice}; what was applied. */
    @Transactional
    public BigDecimal applyTo(ContactId customer, InvoiceId invoice) {
        work.require("Invoices.Edit");
        Invoice locked = lockTarget(invoice, customer, true);
        return fromCredit(locked, work.today(locked.store()));
    }

    /**
     * §Applying Payments R4, R7; §Store Credits R3, R12: a customer's invoice just finalized with something owing takes
     * their credit on account first, then their active store credits (as store-credit tenders, the one path
     * {@link TakingATender} takes). Dated the finalize date. Runs in the finalize's transaction, the invoice locked.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void whenFinalized(InvoiceId id) {
        Invoice invoice = work.invoices.lock(id);
        if (invoice.customer() == null || invoice.status() != InvoiceStatus.FINALIZED) return;
        if (Money.cents(invoice.balance()).signum() <= 0) return;
        fromCredit(invoice, work.today(invoice.store()));
        Invoice after = work.invoices.lock(id);
        BigDecimal owing = Money.cents(after.balance());
        if (owing.signum() <= 0) return;
        BigDecimal credit = Money.cents(storeCredits.balance(invoice.customer()));
        if (credit.signum() <= 0) return;
        tenders.take(id, new TakingATender.Request(PaymentMethod.STORE_CREDIT, owing.min(credit), null, null, null, null));
    }

    private Invoice lockTarget(InvoiceId target, ContactId customer, boolean chosen) {
        Invoice invoice = work.invoices.lock(target);
        String refusal = null;
        if (!customer.equals(invoice.customer())) refusal = "Invoice " + invoice.numberText() + " is not this customer's.";
        else if (invoice.status() != InvoiceStatus.FINALIZED) {
            refusal = "Invoice " + invoice.numberText() + " is not finalized: credit on account pays finalized invoices.";
        } else if (organizations.get().isClosed(invoice.date())) {
            refusal = "Invoice " + invoice.numberText() + " is dated " + invoice.date() + ", in the closed period.";
        }
        if (refusal == null) return invoice;
        if (chosen) throw new BusinessRuleViolated("invoiceId", refusal);
        return null;
    }

    private BigDecimal fromCredit(Invoice invoice, LocalDate date) {
        BigDecimal owing = Money.cents(invoice.balance());
        BigDecimal applied = BigDecimal.ZERO;
        for (CustomerPayment receipt : payments.lockWithCredit(invoice.customer())) {
            if (owing.signum() <= 0) break;
            BigDecimal amount = receipt.unapplied().min(owing);
            applications.apply(invoice, receipt, amount, date);
            owing = owing.subtract(amount);
            applied = applied.add(amount);
        }
        if (applied.signum() > 0) work.followBalance(invoice);
        return applied;
    }
}
