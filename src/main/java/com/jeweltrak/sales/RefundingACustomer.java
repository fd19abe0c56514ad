package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pays back what a negative-net invoice owes the customer (02-sales §Returns and Exchanges R3–R6; 08-accounting §Store
 * Credits & Refunds R2, R6): a cash refund, a check refund (its number), a card refund record (last four digits and the
 * processor's reference — a manual record, nothing is charged here) or store credit issued to the customer. A refund is
 * a tender row with a negative amount (kind REFUND), never more than is owed back; the amount defaults to all of it, so
 * after it the balance is 0.00 (R6). The books follow {@link PaymentReceived} with the negative amount: the tender's
 * account is credited, AR (or the deposits while Open) debited.
 */
@Component
public class RefundingACustomer {

    /**
     * {@code amount}: how much goes back, more than 0 (null: all that is owed back); {@code reloadGiftCard}: a GIFT_CARD
     * refund may go onto a card that exists already (08 §Gift Cards R7) — without it such a number is refused.
     */
    public record Request(PaymentMethod method, BigDecimal amount, String checkNumber, String cardLast4, String reference,
                          String giftCardNumber, boolean reloadGiftCard) {

        public Request(PaymentMethod method, BigDecimal amount, String checkNumber, String cardLast4, String reference,
                       String giftCardNumber) {
            this(method, amount, checkNumber, cardLast4, reference, giftCardNumber, false);
        }

        public Request(PaymentMethod method, BigDecimal amount, String checkNumber, String cardLast4, String reference) {
            this(method, amount, checkNumber, cardLast4, reference, null);
        }
    }

    private static final Pattern CARD_NUMBER = Pattern.compile("\\d{12,}");

    private final InvoiceWork work;
    private final JdbcClient jdbc;
    private final StoreCredits storeCredits;
    private final GiftCards giftCards;

    RefundingACustomer(InvoiceWork work, JdbcClient jdbc, StoreCredits storeCredits, GiftCards giftCards) {
        this.giftCards = giftCards;
        this.work = work;
        this.jdbc = jdbc;
        this.storeCredits = storeCredits;
    }

    @Transactional
    public PaymentId refund(InvoiceId id, Request r) {
        Invoice invoice = work.lockInOpenPeriod(id);
        invoice.checkTakesTenders();
        if (r.method() == null || r.method() == PaymentMethod.OTHER) {
            throw new BusinessRuleViolated("method", "Choose how the money goes back: CASH, CHECK, CARD, STORE_CREDIT or GIFT_CARD.");
        }
        BigDecimal owed = invoice.balance().negate();
        if (owed.signum() <= 0) {
            throw new BusinessRuleViolated("amount", "Invoice " + invoice.numberText() + " owes the customer nothing: "
                    + "a refund pays back a negative balance.");
        }
        if (r.amount() != null && r.amount().signum() <= 0) {
            throw new BusinessRuleViolated("amount", "Enter how much goes back, more than 0.");
        }
        BigDecimal amount = r.amount() == null ? owed : Money.cents(r.amount());
        if (amount.compareTo(owed) > 0) {
            throw new BusinessRuleViolated("amount", "Only " + owed.toPlainString() + " is owed back to the customer.");
        }
        for (String text : new String[] {r.checkNumber(), r.cardLast4(), r.reference()}) {
            if (text != null && CARD_NUMBER.matcher(text.replaceAll("[\\s-]", "")).find()) {
                throw new BusinessRuleViolated("cardLast4", "Never enter a full card number: keep only its last four digits.");
            }
        }
        switch (r.method()) {
            case CHECK -> require(r.checkNumber(), "checkNumber", "Enter the number of the check you write.");
            case CARD -> {
                if (r.cardLast4() == null || !r.cardLast4().strip().matches("\\d{4}")) {
                    throw new BusinessRuleViolated("cardLast4", "Enter the card's last four digits.");
                }
                require(r.reference(), "reference", "Enter the refund's reference from the card terminal.");
            }
            case STORE_CREDIT -> {
                if (invoice.customer() == null) {
                    throw new BusinessRuleViolated("method", "Store credit belongs to a customer: choose the customer first.");
                }
            }
            default -> { }
        }
        var date = work.today(invoice.store());
        Long actor = work.actor() == null ? null : work.actor().value();
        // 08 §Gift Cards R5: the value goes onto a card, new or existing, whose number the refund row keeps
        Long giftCard = r.method() == PaymentMethod.GIFT_CARD
                ? giftCards.cardForRefund(r.giftCardNumber(), amount, work.now(), actor, r.reloadGiftCard()) : null;
        BigDecimal negative = amount.negate();
        long paymentId = jdbc.sql("""
                        insert into invoice_payment (tenant_id, invoice_id, kind, method, amount, tendered, change_due,
                                                     check_number, card_last4, reference, payment_date, created_by, created_at,
                                                     gift_card_id)
                        values (jt_current_tenant(), ?, 'REFUND', ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(id.value(), r.method().name(), negative, negative, strip(r.checkNumber()), strip(r.cardLast4()),
                        giftCard == null ? strip(r.reference()) : GiftCards.normalize(r.giftCardNumber()), date, actor,
                        java.sql.Timestamp.from(work.now()), giftCard)
                .query(Long.class).single();
        PaymentId payment = new PaymentId(paymentId);
        if (r.method() == PaymentMethod.STORE_CREDIT) {
            storeCredits.issue(invoice.customer(), amount, id, payment, work.now(), actor);
        }
        if (giftCard != null) giftCards.refunded(giftCard, id, payment, amount, work.now());
        work.publish(new PaymentReceived(work.tenant(), payment, id, invoice.store(), date, invoice.customer(), r.method(),
                null, negative, invoice.status() == InvoiceStatus.FINALIZED));
        work.followBalance(invoice);
        return payment;
    }

    private static void require(String text, String field, String message) {
        if (text == null || text.isBlank()) throw new BusinessRuleViolated(field, message);
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
