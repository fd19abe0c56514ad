package com.jeweltrak.sales;

import java.math.BigDecimal;

import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deposit held on a work order becomes a payment of the job's invoice (03-services §3 R7): a payment row of method
 * {@link PaymentMethod#DEPOSIT}. The money was received when the deposit was taken and sits in Customer deposits, so
 * this is a transfer, not a receipt (R12): the row counts toward the invoice like any payment of an Open invoice and is
 * posted against AR only when the invoice is finalized. What the invoice's balance does not need stays the customer's
 * credit on account (R7, 08-accounting §Applying Payments R4): a second DEPOSIT row, moved to credit at once.
 * Only an Open invoice of a customer takes a deposit (the job's new invoice): the caller owns the transaction.
 */
@Component
public class ApplyingAHeldDeposit {

    /** The payment applied to the invoice (null when nothing was due) and what became credit on account. */
    public record Applied(PaymentId payment, BigDecimal applied, PaymentId credit, BigDecimal toCredit) {
    }

    private final InvoiceWork work;
    private final JdbcClient jdbc;
    private final CustomerPayments payments;

    ApplyingAHeldDeposit(InvoiceWork work, JdbcClient jdbc, CustomerPayments payments) {
        this.payments = payments;
        this.work = work;
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Applied apply(InvoiceId id, BigDecimal amount, String reference) {
        Invoice invoice = work.lockInOpenPeriod(id);
        if (invoice.status() != InvoiceStatus.OPEN) {
            throw new InvoiceNotInThatState("A deposit is applied to an open invoice; invoice " + invoice.numberText() + " is not.");
        }
        if (invoice.customer() == null) throw new BusinessRuleViolated("customerId", "A deposit belongs to a customer.");
        if (amount == null || amount.signum() <= 0) throw new BusinessRuleViolated("amount", "The deposit is more than 0.");
        BigDecimal total = Money.cents(amount);
        BigDecimal applied = total.min(Money.cents(invoice.balance()).max(BigDecimal.ZERO));
        BigDecimal excess = total.subtract(applied);
        PaymentId payment = applied.signum() > 0 ? insert(invoice, applied, reference, false) : null;
        PaymentId credit = excess.signum() > 0 ? insert(invoice, excess, reference, true) : null;
        work.followBalance(invoice);
        return new Applied(payment, applied, credit, excess);
    }

    private PaymentId insert(Invoice invoice, BigDecimal amount, String reference, boolean toCredit) {
        var now = java.sql.Timestamp.from(work.now());
        Long actor = work.actor() == null ? null : work.actor().value();
        var date = work.today(invoice.store());
        PaymentId payment = new PaymentId(jdbc.sql("""
                        insert into invoice_payment (tenant_id, invoice_id, method, amount, tendered, change_due, reference,
                                                     payment_date, created_by, created_at, moved_to_credit_at, moved_by,
                                                     credit_customer_id)
                        values (jt_current_tenant(), ?, 'DEPOSIT', ?, ?, 0, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(invoice.id().value(), amount, amount, reference == null ? null : reference.strip(), date, actor, now,
                        toCredit ? now : null, toCredit ? actor : null, toCredit ? invoice.customer().value() : null)
                .query(Long.class).single());
        work.publish(new PaymentReceived(work.tenant(), payment, invoice.id(), invoice.store(), date, invoice.customer(),
                PaymentMethod.DEPOSIT, null, amount, false));
        if (toCredit) {
            payments.makeFrom(payment, invoice.store(), invoice.customer(), date, work.now(), actor);
            work.publish(new PaymentMovedToCredit(work.tenant(), payment, invoice.id(), invoice.store(), date,
                    invoice.customer(), amount, true));
        }
        return payment;
    }
}
