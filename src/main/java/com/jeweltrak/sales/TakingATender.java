package com.jeweltrak.sales;

import java.math.BigDecimal;

import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tender on an invoice (08-accounting §Applying Payments R1, R6: an Open invoice is paid from its own Payments tab):
 * cash may exceed the balance — the difference is change due, and only what stays is the payment; a check needs its
 * number; a card typed in by hand needs the last four digits and the authorization code and is never charged more than
 * the balance; another method names itself from the tenant's list "sales.payment-methods". Several tenders may pay one
 * invoice. A full card number is never kept: a run of 12 or more digits is refused in every field. Store credit
 * (08-accounting §Store Credits R4, R7, R8) pays at most the balance and what the customer's credit still holds. A gift
 * card (§Gift Cards R2, R4, R6) pays at most the balance and what the card holds, whoever presents it.
 */
@Component
public class TakingATender {

    public record Request(PaymentMethod method, BigDecimal amount, String methodName, String checkNumber, String cardLast4,
                          String authCode, String giftCardNumber) {

        public Request(PaymentMethod method, BigDecimal amount, String methodName, String checkNumber, String cardLast4,
                       String authCode) {
            this(method, amount, methodName, checkNumber, cardLast4, authCode, null);
        }
    }

    private final InvoiceWork work;
    private final JdbcClient jdbc;
    private final TenderFields tenderFields;

    private final StoreCredits storeCredits;
    private final GiftCards giftCards;

    TakingATender(InvoiceWork work, JdbcClient jdbc, TenderFields tenderFields, StoreCredits storeCredits, GiftCards giftCards) {
        this.giftCards = giftCards;
        this.storeCredits = storeCredits;
        this.work = work;
        this.jdbc = jdbc;
        this.tenderFields = tenderFields;
    }

    @Transactional
    public PaymentId take(InvoiceId id, Request r) {
        Invoice invoice = work.lockInOpenPeriod(id);
        invoice.checkTakesTenders();
        if (r.method() == null) throw new BusinessRuleViolated("method", "Choose how it is paid: CASH, CHECK, CARD, OTHER, STORE_CREDIT or GIFT_CARD.");
        if (r.amount() == null || r.amount().signum() <= 0) throw new BusinessRuleViolated("amount", "The amount is more than 0.");
        TenderFields.refuseCardNumbers(r.methodName(), r.checkNumber(), r.cardLast4(), r.authCode());
        BigDecimal balance = invoice.balance();
        if (balance.signum() <= 0) throw new BusinessRuleViolated("amount", "Nothing is due on invoice " + invoice.numberText() + ".");
        BigDecimal tendered = Money.cents(r.amount());
        BigDecimal amount = tendered.min(balance);
        String methodName = null;
        GiftCards.GiftCard giftCard = null;
        switch (r.method()) {
            case CASH, CHECK, CARD, OTHER -> methodName = tenderFields.check(r.method(), r.methodName(), r.checkNumber(),
                    r.cardLast4(), r.authCode());
            case DEPOSIT -> throw new BusinessRuleViolated("method", "A deposit is applied from its work order, not "
                    + "taken as a tender.");
            // §Gift Cards R4, R6: anyone's card, a walk-in's too; never more than it holds
            case GIFT_CARD -> giftCard = giftCards.redeemable(r.giftCardNumber(), amount);
            case STORE_CREDIT -> {
                // §Store Credits R1, R8: a credit is one customer's, never another's or a walk-in's
                if (invoice.customer() == null) {
                    throw new BusinessRuleViolated("method", "Store credit belongs to a customer: choose the customer first.");
                }
            }
        }
        if (r.method() != PaymentMethod.CASH && tendered.compareTo(balance) > 0) {
            throw new BusinessRuleViolated("amount", "Only " + balance.toPlainString() + " is due: a "
                    + r.method().name().toLowerCase().replace("_", " ") + " is never taken for more than the balance.");
        }
        var date = work.today(invoice.store());
        long paymentId = jdbc.sql("""
                        insert into invoice_payment (tenant_id, invoice_id, method, method_name, amount, tendered, change_due,
                                                     check_number, card_last4, auth_code, payment_date, created_by, created_at,
                                                     gift_card_id, reference)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(id.value(), r.method().name(), methodName, amount, tendered, tendered.subtract(amount),
                        TenderFields.strip(r.checkNumber()), TenderFields.strip(r.cardLast4()),
                        TenderFields.strip(r.authCode()), date,
                        work.actor() == null ? null : work.actor().value(), java.sql.Timestamp.from(work.now()),
                        giftCard == null ? null : giftCard.id(), giftCard == null ? null : giftCard.number())
                .query(Long.class).single();
        PaymentId payment = new PaymentId(paymentId);
        if (r.method() == PaymentMethod.STORE_CREDIT) storeCredits.use(invoice.customer(), amount, payment, work.now());
        if (giftCard != null) giftCards.redeem(giftCard, amount, payment, work.now());
        work.publish(new PaymentReceived(work.tenant(), payment, id, invoice.store(), date, invoice.customer(), r.method(),
                methodName, amount, invoice.status() == InvoiceStatus.FINALIZED));
        work.followBalance(invoice);
        return payment;
    }
}
