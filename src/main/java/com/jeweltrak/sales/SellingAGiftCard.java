package com.jeweltrak.sales;

import java.math.BigDecimal;

import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A "Gift card" line on an Open invoice (08-accounting §Gift Cards R1, R7, R8): the card's number, typed or scanned, and
 * the amount put on it — one card, not taxable, no cost, no discount; the card itself is issued when the invoice is
 * finalized ({@link GiftCards#issueFor}). A number that already exists is refused now (and again at finalize) unless the
 * line says Reload, which adds the amount to that card instead.
 */
@Component
public class SellingAGiftCard {

    public record Request(String cardNumber, BigDecimal amount, boolean reload) {
    }

    private final InvoiceWork work;
    private final GiftCards cards;
    private final JdbcClient jdbc;

    SellingAGiftCard(InvoiceWork work, GiftCards cards, JdbcClient jdbc) {
        this.work = work;
        this.cards = cards;
        this.jdbc = jdbc;
    }

    @Transactional
    public long add(InvoiceId id, Request r) {
        Invoice invoice = work.lockInOpenPeriod(id);
        invoice.checkLinesEditable();
        String number = GiftCards.checkedNumber(r.cardNumber(), "giftCardNumber");
        if (r.amount() == null || r.amount().signum() <= 0) {
            throw new BusinessRuleViolated("unitPrice", "Enter the amount to put on the gift card, more than 0.");
        }
        BigDecimal amount = Money.cents(r.amount());
        boolean twice = jdbc.sql("select exists (select 1 from invoice_line where invoice_id = ? and gift_card_number = ?)")
                .params(id.value(), number).query(Boolean.class).single();
        if (twice) {
            throw new BusinessRuleViolated("giftCardNumber", "Gift card " + number + " is on this invoice already: change "
                    + "its amount instead.");
        }
        cards.checkIssuable(number, r.reload(), null, "giftCardNumber");
        long line = jdbc.sql("""
                        insert into invoice_line (tenant_id, invoice_id, kind, description, quantity, unit_price, adjustment,
                                                  taxable, cost, gift_card_number, gift_card_reload)
                        values (jt_current_tenant(), ?, 'GIFT_CARD', ?, 1, ?, 0, false, 0, ?, ?) returning id""")
                .params(id.value(), (r.reload() ? "Gift card reload " : "Gift card ") + number, amount, number, r.reload())
                .query(Long.class).single();
        work.keepFigures(id);
        return line;
    }
}
