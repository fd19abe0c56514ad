package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a receipt's money pays an invoice (08-accounting §Applying Payments R2–R5, R7): an invoice_payment row
 * naming the receipt, carrying the receipt's method and its details, and {@link PaymentApplied} for the books. The
 * caller has locked the invoice (and the receipt) and ends with {@code work.followBalance}.
 */
@Component
class ReceiptApplications {

    private final InvoiceWork work;
    private final JdbcClient jdbc;

    ReceiptApplications(InvoiceWork work, JdbcClient jdbc) {
        this.work = work;
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    PaymentId apply(Invoice invoice, CustomerPayment receipt, BigDecimal amount, LocalDate date) {
        if (invoice.status() != InvoiceStatus.FINALIZED) {
            throw new IllegalStateException("A payment on account is applied to finalized invoices only");
        }
        PaymentId application = new PaymentId(jdbc.sql("""
                        insert into invoice_payment (tenant_id, invoice_id, method, method_name, amount, tendered, change_due,
                                                     check_number, card_last4, auth_code, reference, payment_date, created_by,
                                                     created_at, kind, receipt_id)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, 'PAYMENT', ?) returning id""")
                .params(invoice.id().value(), receipt.method().name(), receipt.methodName(), amount, amount,
                        receipt.checkNumber(), receipt.cardLast4(), receipt.authCode(), receipt.reference(), date,
                        work.actor() == null ? null : work.actor().value(), java.sql.Timestamp.from(work.now()),
                        receipt.id().value())
                .query(Long.class).single());
        work.publish(new PaymentApplied(work.tenant(), application, receipt.id(), invoice.id(), invoice.store(), date,
                receipt.customer(), amount));
        return application;
    }
}
