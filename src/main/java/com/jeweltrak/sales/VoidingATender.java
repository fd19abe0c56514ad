package com.jeweltrak.sales;

import java.time.Instant;

import com.jeweltrak.platform.users.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Voids a tender (08-accounting §Voiding Payments R1, R5, R8: needs CanVoidTransactions, keeps who, when and why): the
 * invoice owes it again and the books reverse it
 * ({@link PaymentVoided}), dated today — also for a payment in a closed period, which may be voided (Period Close R2),
 * so this is the one invoice action the closed period does not refuse. A refund is voided the same way (the invoice
 * owes it back again); store credit follows its row (see {@link StoreCredits}).
 */
@Component
public class VoidingATender {

    private final InvoiceWork work;
    private final JdbcClient jdbc;
    private final java.time.Clock clock;
    private final StoreCredits storeCredits;
    private final GiftCards giftCards;

    VoidingATender(InvoiceWork work, JdbcClient jdbc, java.time.Clock clock, StoreCredits storeCredits, GiftCards giftCards) {
        this.giftCards = giftCards;
        this.storeCredits = storeCredits;
        this.work = work;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void voidTender(InvoiceId id, PaymentId paymentId, String reason) {
        work.require(Permission.CAN_VOID_TRANSACTIONS);
        if (reason != null && reason.strip().length() > 200) {
            throw new com.jeweltrak.platform.BusinessRuleViolated("reason", "Say why in at most 200 characters.");
        }
        Invoice invoice = work.invoices.lock(id);
        InvoicePayment payment = invoice.payment(paymentId);
        if (payment.voided()) throw new InvoiceNotInThatState("That payment is already voided.");
        if (payment.movedToCredit()) {
            throw new InvoiceNotInThatState("That payment was moved to the customer's credit on account: it is no longer "
                    + "on this invoice.");
        }
        // §Voiding Payments R5: an application is voided with its payment on account, which voids all of them at once
        if (payment.application()) {
            throw new com.jeweltrak.platform.BusinessRuleViolated("payment", "This is payment on account #"
                    + payment.receipt() + " applied to the invoice: void the payment on account itself (it voids every "
                    + "invoice it paid), or move this application back to the customer's credit.");
        }
        invoice.checkPaymentVoidable();
        // 03-services §3 R13, decision 1: an applied work-order deposit was received on the job, not here — voiding it
        // would lose it; it leaves the invoice as the customer's credit on account
        if (payment.method() == PaymentMethod.DEPOSIT) {
            throw new com.jeweltrak.platform.BusinessRuleViolated("payment", "This is a deposit taken on a work order: "
                    + "move it to the customer's credit on account instead of voiding it.");
        }
        // 08 §Store Credits R12: a voided use gives the credit back; a voided issue takes it away (while unused)
        if (payment.method() == PaymentMethod.STORE_CREDIT) {
            if (payment.refund()) storeCredits.voidIssued(paymentId);
            else storeCredits.giveBack(paymentId, Instant.now(clock));
        }
        // 08 §Gift Cards R9: a voided redemption restores the card; a voided refund onto a card takes it back (unspent)
        if (payment.method() == PaymentMethod.GIFT_CARD) {
            if (payment.refund()) giftCards.withdrawRefund(paymentId, Instant.now(clock));
            else giftCards.restore(paymentId, Instant.now(clock));
        }
        jdbc.sql("update invoice_payment set voided_at = ?, voided_by = ?, void_reason = ? where id = ? and invoice_id = ?")
                .params(java.sql.Timestamp.from(Instant.now(clock)), work.actor() == null ? null : work.actor().value(),
                        reason == null || reason.isBlank() ? null : reason.strip(),
                        paymentId.value(), id.value())
                .update();
        work.publish(new PaymentVoided(work.tenant(), paymentId, id, work.today(invoice.store())));
        work.followBalance(invoice);
    }
}
