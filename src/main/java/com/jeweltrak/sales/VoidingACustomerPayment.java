package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.users.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A payment on account whose money did not stick — a bounced check, a reversed card charge (08-accounting §Voiding
 * Payments): voided, never deleted (R1, R2), by someone who may void (R8), with a kind and, for OTHER, a reason. The
 * void is posted today, in the open period, even when the payment lies in a closed one (R4, Period Close R2). Every
 * application still standing is voided — also those made later from its credit (R6) — so those invoices owe again and
 * stay Finalized (R5). An optional NSF fee (R7) is charged on a new finalized invoice of one non-taxable line, so it
 * is in AR. A voided payment is never voided again nor un-voided (R10: 409). The audit log keeps who and when.
 */
@Component
public class VoidingACustomerPayment {

    public record Request(CustomerPayment.VoidKind kind, String reason, BigDecimal nsfFee) {
    }

    private final InvoiceWork work;
    private final JdbcClient jdbc;
    private final CustomerPayments payments;
    private final OpeningAnInvoice opening;
    private final AddingALine adding;
    private final FinalizingAnInvoice finalizing;

    VoidingACustomerPayment(InvoiceWork work, JdbcClient jdbc, CustomerPayments payments, OpeningAnInvoice opening,
                            AddingALine adding, FinalizingAnInvoice finalizing) {
        this.work = work;
        this.jdbc = jdbc;
        this.payments = payments;
        this.opening = opening;
        this.adding = adding;
        this.finalizing = finalizing;
    }

    @Transactional
    public void voidPayment(CustomerPaymentId id, Request r) {
        work.require(Permission.CAN_VOID_TRANSACTIONS);
        // the invoices it pays are locked before the receipt — the order finalizing and applying credit take them —
        // so a void and a finalize of the same customer's invoice never wait on each other in a circle
        payments.get(id).applications().stream().filter(CustomerPayment.Application::applied)
                .map(CustomerPayment.Application::invoice).distinct()
                .sorted(java.util.Comparator.comparingLong(InvoiceId::value))
                .forEach(work.invoices::lock);
        CustomerPayment receipt = payments.lock(id);
        if (receipt.voided()) throw new PaymentAlreadyVoided(id);
        if (r.kind() == null) throw new BusinessRuleViolated("kind", "Say why it is voided: NSF, CHARGEBACK or OTHER.");
        String reason = TenderFields.strip(r.reason());
        if (r.kind() == CustomerPayment.VoidKind.OTHER && reason == null) {
            throw new BusinessRuleViolated("reason", "Say why the payment is voided.");
        }
        if (reason != null && reason.length() > 200) throw new BusinessRuleViolated("reason", "Say why in at most 200 characters.");
        BigDecimal fee = r.nsfFee() == null ? BigDecimal.ZERO : Money.cents(r.nsfFee());
        if (fee.signum() < 0) throw new BusinessRuleViolated("nsfFee", "The fee cannot be negative.");
        // 03-services §3 R13: a work-order deposit was received on the job; voiding its excess would lose it
        if (receipt.method() == PaymentMethod.DEPOSIT) {
            throw new BusinessRuleViolated("payment", "This credit is a work-order deposit left over: it is not voided; "
                    + "refund it or apply it instead.");
        }
        LocalDate today = work.today(receipt.store());
        var now = java.sql.Timestamp.from(work.now());
        Long actor = work.actor() == null ? null : work.actor().value();
        for (CustomerPayment.Application application : receipt.applications()) {
            if (!application.applied()) continue;
            Invoice invoice = work.invoices.lock(application.invoice());
            jdbc.sql("update invoice_payment set voided_at = ?, voided_by = ?, void_reason = ? where id = ?")
                    .params(now, actor, "Payment on account #" + id + " voided", application.id().value()).update();
            work.publish(new PaymentVoided(work.tenant(), application.id(), invoice.id(), today));
            work.followBalance(invoice);
        }
        jdbc.sql("""
                        update customer_payment set voided_at = ?, voided_by = ?, void_kind = ?, void_reason = ?, void_date = ?
                        where id = ?""")
                .params(now, actor, r.kind().name(), reason, today, id.value()).update();
        work.publish(new CustomerPaymentVoided(work.tenant(), id, receipt.store(), today, receipt.customer(),
                receipt.method(), receipt.amount(), receipt.sourcePayment() != null));
        if (fee.signum() > 0) {
            InvoiceId feeInvoice = chargeFee(receipt, fee);
            jdbc.sql("update customer_payment set nsf_fee_invoice_id = ? where id = ?")
                    .params(feeInvoice.value(), id.value()).update();
        }
    }

    /** R7: the returned-payment fee as a new invoice of the customer in the receipt's store, finalized so it is in AR. */
    private InvoiceId chargeFee(CustomerPayment receipt, BigDecimal fee) {
        InvoiceId invoice = opening.open(new OpeningAnInvoice.Request(receipt.store(), receipt.customer(), null, null,
                "NSF fee", null, null, null, false));
        String what = receipt.method() == PaymentMethod.CHECK
                ? "Returned check fee — check #" + (receipt.checkNumber() == null ? "?" : receipt.checkNumber())
                : "Returned payment fee — " + receipt.methodLabel().toLowerCase();
        adding.add(invoice, new AddingALine.Request(LineKind.NON_STOCK, null, what + " of " + receipt.date(),
                BigDecimal.ONE, fee, null, false, BigDecimal.ZERO));
        finalizing.finalizeInvoice(invoice);
        return invoice;
    }
}
