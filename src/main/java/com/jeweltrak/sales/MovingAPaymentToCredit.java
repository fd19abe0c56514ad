package com.jeweltrak.sales;

import java.util.List;

import com.jeweltrak.platform.users.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decision 1, 08-accounting §Applying Payments R8: the third way out of a refused void — the payment leaves the invoice
 * (its balance rises by it) and stays the customer's money as credit on account, for a later sale. Offered as one click
 * on the void screen, so it asks what voiding asks (CanVoidTransactions); refused for an invoice in the closed period;
 * the row keeps who moved it and when (and the audit log the change).
 */
@Component
public class MovingAPaymentToCredit {

    private final InvoiceWork work;
    private final JdbcClient jdbc;
    private final CustomerPayments payments;

    MovingAPaymentToCredit(InvoiceWork work, JdbcClient jdbc, CustomerPayments payments) {
        this.payments = payments;
        this.work = work;
        this.jdbc = jdbc;
    }

    @Transactional
    public void move(InvoiceId id, PaymentId paymentId) {
        work.require(Permission.CAN_VOID_TRANSACTIONS);
        Invoice invoice = work.lockInOpenPeriod(id);
        move(invoice, invoice.payment(paymentId));
        work.followBalance(invoice);
    }

    /** Every payment still applied to the invoice, in one go: what the void screen's button does. */
    @Transactional
    public void moveAll(InvoiceId id) {
        work.require(Permission.CAN_VOID_TRANSACTIONS);
        Invoice invoice = work.lockInOpenPeriod(id);
        List<InvoicePayment> applied = invoice.appliedPayments();
        if (applied.isEmpty()) throw new InvoiceNotInThatState("Invoice " + invoice.numberText() + " has no payments applied.");
        applied.forEach(payment -> move(invoice, payment));
        work.followBalance(invoice);
    }

    private void move(Invoice invoice, InvoicePayment payment) {
        invoice.checkMovableToCredit(payment);
        jdbc.sql("""
                        update invoice_payment set moved_to_credit_at = ?, moved_by = ?, credit_customer_id = ?
                        where id = ? and invoice_id = ?""")
                .params(java.sql.Timestamp.from(work.now()), work.actor() == null ? null : work.actor().value(),
                        invoice.customer().value(), payment.id().value(), invoice.id().value())
                .update();
        // a tender becomes a receipt of the customer's (its credit); an application just returns to its own receipt
        if (!payment.application()) {
            payments.makeFrom(payment.id(), invoice.store(), invoice.customer(), work.today(invoice.store()), work.now(),
                    work.actor() == null ? null : work.actor().value());
        }
        work.publish(new PaymentMovedToCredit(work.tenant(), payment.id(), invoice.id(), invoice.store(),
                work.today(invoice.store()), invoice.customer(), payment.amount(), invoice.status() == InvoiceStatus.OPEN));
    }
}
