package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gift cards as documents (08-accounting §Gift Cards): stored value on a card number, issued by a GIFT_CARD line of a
 * finalized invoice (R1, R8) or by a refund onto a card (R5), spent by GIFT_CARD tenders on any invoice, by anyone
 * holding the card (R4). A redemption takes its amount with a conditional update (balance ≥ amount), so two
 * redemptions of one card at once never overdraw it (R6); voiding the tender gives the amount back (R9).
 */
@Component
public class GiftCards {

    public record GiftCard(long id, String number, BigDecimal initialAmount, BigDecimal balance, String status,
                           Instant issuedAt, InvoiceId issuingInvoice, String issuingInvoiceNumber, ContactId purchaser) {

        public boolean redeemable() {
            return "ACTIVE".equals(status) && balance.signum() > 0;
        }
    }

    /** One line of a card's history (R3): ISSUED, RELOADED, REDEEMED, RESTORED (a redemption voided), VOIDED. */
    public record Event(Instant at, String what, BigDecimal amount, InvoiceId invoice, String invoiceNumber) {
    }

    static final String SELECT = """
            select g.id, g.card_number, g.initial_amount, g.balance, g.status, g.issued_at, g.issuing_invoice_id,
                   i.number, g.purchaser_contact_id
            from gift_card g left join invoice i on i.tenant_id = g.tenant_id and i.id = g.issuing_invoice_id
            """;

    private final JdbcClient jdbc;

    GiftCards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Trimmed, upper case, without spaces or dashes: how a typed and a scanned number meet; null when blank. */
    public static String normalize(String typed) {
        if (typed == null) return null;
        String number = typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
        return number.isEmpty() ? null : number;
    }

    /** The normalized number, refused beside {@code field} when missing or not letters and digits. */
    static String checkedNumber(String typed, String field) {
        String number = normalize(typed);
        if (number == null) throw new BusinessRuleViolated(field, "Type or scan the gift card's number.");
        if (!number.matches("[A-Z0-9]{1,40}")) {
            throw new BusinessRuleViolated(field, "A gift card number is letters and digits only (at most 40).");
        }
        return number;
    }

    @Transactional(readOnly = true)
    public Optional<GiftCard> findByNumber(String typed) {
        String number = normalize(typed);
        if (number == null) return Optional.empty();
        return jdbc.sql(SELECT + " where g.card_number = ?").param(number).query((rs, n) -> card(rs)).optional();
    }

    @Transactional(readOnly = true)
    public GiftCard get(long id) {
        return jdbc.sql(SELECT + " where g.id = ?").param(id).query((rs, n) -> card(rs)).optional()
                .orElseThrow(() -> new RecordNotFound("Gift card", id));
    }

    /** R3: what put value on the card and what took it off, oldest first. */
    @Transactional(readOnly = true)
    public List<Event> history(long id) {
        get(id);
        return jdbc.sql("""
                        select at, what, amount, invoice_id, number from (
                            select l.loaded_at as at, l.kind as what, l.amount, l.invoice_id, i.number, l.id as seq, 1 as o
                            from gift_card_load l join invoice i on i.tenant_id = l.tenant_id and i.id = l.invoice_id
                            where l.gift_card_id = :id
                            union all
                            select l.voided_at, 'VOIDED', -l.amount, l.invoice_id, i.number, l.id, 2
                            from gift_card_load l join invoice i on i.tenant_id = l.tenant_id and i.id = l.invoice_id
                            where l.gift_card_id = :id and l.voided_at is not null
                            union all
                            select u.used_at, 'REDEEMED', -u.amount, p.invoice_id, i.number, u.id, 3
                            from gift_card_use u join invoice_payment p on p.tenant_id = u.tenant_id and p.id = u.payment_id
                            join invoice i on i.tenant_id = p.tenant_id and i.id = p.invoice_id
                            where u.gift_card_id = :id
                            union all
                            select u.voided_at, 'RESTORED', u.amount, p.invoice_id, i.number, u.id, 4
                            from gift_card_use u join invoice_payment p on p.tenant_id = u.tenant_id and p.id = u.payment_id
                            join invoice i on i.tenant_id = p.tenant_id and i.id = p.invoice_id
                            where u.gift_card_id = :id and u.voided_at is not null
                        ) h order by at, o, seq""")
                .param("id", id)
                .query((rs, n) -> new Event(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getBigDecimal(3),
                        new InvoiceId(rs.getLong(4)), Long.toString(rs.getLong(5))))
                .list();
    }

    /** What the cards still hold (ACTIVE and DEPLETED): the documents behind the gift-card liability. */
    @Transactional(readOnly = true)
    public BigDecimal outstanding() {
        return jdbc.sql("select coalesce(sum(balance), 0) from gift_card where status in ('ACTIVE', 'DEPLETED')")
                .query(BigDecimal.class).single();
    }

    /** R7: a new card's number must be free; a reload's must be a card that can take value. */
    @Transactional(propagation = Propagation.MANDATORY)
    void checkIssuable(String number, boolean reload, Long exceptLine, String field) {
        var existing = jdbc.sql("select id, balance, status, issuing_line_id from gift_card where card_number = ?")
                .param(number)
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getBigDecimal(2), rs.getString(3), rs.getObject(4, Long.class)})
                .optional();
        if (reload) {
            if (existing.isEmpty()) {
                throw new BusinessRuleViolated(field, "There is no gift card " + number + " to reload: untick Reload to "
                        + "issue it as a new card.");
            }
            if ("VOIDED".equals(existing.get()[2])) {
                throw new BusinessRuleViolated(field, "Gift card " + number + " is voided: it cannot be reloaded.");
            }
            return;
        }
        // the card this very line issued before its invoice was reopened comes back to life at re-finalize
        if (existing.isPresent() && !(exceptLine != null && exceptLine.equals(existing.get()[3]))) {
            throw new BusinessRuleViolated(field, "Gift card " + number + " already exists with "
                    + Money.cents((BigDecimal) existing.get()[1]).toPlainString() + " on it — choose Reload to add to it.");
        }
    }

    /** R1, R7, R8: the invoice is being finalized — each gift-card line issues (or revives, or reloads) its card. */
    @Transactional(propagation = Propagation.MANDATORY)
    void issueFor(Invoice invoice, Instant at, Long by) {
        for (InvoiceLine line : invoice.lines()) {
            if (line.kind() != LineKind.GIFT_CARD) continue;
            var sold = jdbc.sql("select gift_card_number, gift_card_reload from invoice_line where id = ?").param(line.id())
                    .query((rs, n) -> new Object[]{rs.getString(1), rs.getBoolean(2)}).single();
            String number = (String) sold[0];
            boolean reload = (Boolean) sold[1];
            BigDecimal amount = Money.cents(line.net());
            checkIssuable(number, reload, line.id(), "lines");
            long card;
            String kind = reload ? "RELOADED" : "ISSUED";
            if (reload) {
                card = jdbc.sql("""
                                update gift_card set balance = balance + ?, status = 'ACTIVE'
                                where card_number = ? and status <> 'VOIDED' returning id""")
                        .params(amount, number).query(Long.class).single();
            } else {
                card = jdbc.sql("""
                                insert into gift_card (tenant_id, card_number, initial_amount, balance, status, issued_at, issued_by,
                                                       issuing_invoice_id, issuing_line_id, purchaser_contact_id)
                                values (jt_current_tenant(), ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?)
                                on conflict (tenant_id, card_number) do update
                                    set initial_amount = excluded.initial_amount, balance = excluded.balance,
                                        status = 'ACTIVE', issued_at = excluded.issued_at, issued_by = excluded.issued_by,
                                        purchaser_contact_id = excluded.purchaser_contact_id
                                    where gift_card.issuing_line_id = excluded.issuing_line_id
                                returning id""")
                        .params(number, amount, amount, Timestamp.from(at), by, invoice.id().value(), line.id(),
                                invoice.customer() == null ? null : invoice.customer().value())
                        // another invoice issued the same number in a transaction that committed meanwhile
                        .query(Long.class).optional().orElseThrow(() -> new BusinessRuleViolated("lines", "Gift card "
                                + number + " was just issued on another invoice — choose Reload to add to it."));
            }
            jdbc.sql("""
                            insert into gift_card_load (tenant_id, gift_card_id, kind, amount, invoice_id, line_id, loaded_at)
                            values (jt_current_tenant(), ?, ?, ?, ?, ?, ?)""")
                    .params(card, kind, amount, invoice.id().value(), line.id(), Timestamp.from(at)).update();
        }
    }

    /**
     * The invoice that sold cards is reopened or voided: each card it issued is voided, each reload taken back —
     * refused while any of that value was spent ("Gift card … was already used on invoice …").
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void withdrawFor(Invoice invoice, Instant at) {
        var loads = jdbc.sql("""
                        select l.id, l.gift_card_id, l.kind, l.amount, g.card_number, g.balance from gift_card_load l
                        join gift_card g on g.tenant_id = l.tenant_id and g.id = l.gift_card_id
                        where l.invoice_id = ? and l.line_id is not null and l.voided_at is null
                        order by l.id for update of g""")
                .param(invoice.id().value())
                .query((rs, n) -> new Load(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getString(5), rs.getBigDecimal(6)))
                .list();
        for (Load load : loads) withdraw(load, at, "lines");
    }

    private record Load(long id, long card, String kind, BigDecimal amount, String number, BigDecimal balance) {
    }

    private void withdraw(Load load, Instant at, String field) {
        boolean issued = "ISSUED".equals(load.kind());
        boolean used = issued
                ? jdbc.sql("select exists (select 1 from gift_card_use where gift_card_id = ? and voided_at is null)")
                        .param(load.card()).query(Boolean.class).single()
                : load.balance().compareTo(load.amount()) < 0;
        if (used || (issued && load.balance().compareTo(load.amount()) != 0)) {
            String where = jdbc.sql("""
                            select i.number from gift_card_use u join invoice_payment p on p.tenant_id = u.tenant_id
                            and p.id = u.payment_id join invoice i on i.tenant_id = p.tenant_id and i.id = p.invoice_id
                            where u.gift_card_id = ? and u.voided_at is null order by u.used_at desc limit 1""")
                    .param(load.card()).query(Long.class).optional().map(n -> " on invoice " + n).orElse("");
            throw new BusinessRuleViolated(field, "Gift card " + load.number() + " was already used" + where
                    + ": void that payment first.");
        }
        if (issued) {
            jdbc.sql("update gift_card set status = 'VOIDED', balance = 0 where id = ?").param(load.card()).update();
        } else {
            jdbc.sql("""
                            update gift_card set balance = balance - :a,
                                   status = case when balance - :a = 0 then 'DEPLETED' else 'ACTIVE' end
                            where id = :id""")
                    .param("a", load.amount()).param("id", load.card()).update();
        }
        jdbc.sql("update gift_card_load set voided_at = ? where id = ?").params(Timestamp.from(at), load.id()).update();
    }

    /**
     * R2, R6: the card that pays {@code amount}, refused beside the number when unknown, voided or empty, and beside the
     * amount (naming the balance) when it holds less. The caller writes the tender, then {@link #redeem}s.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    GiftCard redeemable(String typed, BigDecimal amount) {
        String number = checkedNumber(typed, "giftCardNumber");
        GiftCard card = findByNumber(number)
                .orElseThrow(() -> new BusinessRuleViolated("giftCardNumber", "There is no gift card " + number + "."));
        if ("VOIDED".equals(card.status())) {
            throw new BusinessRuleViolated("giftCardNumber", "Gift card " + number + " is voided.");
        }
        if (card.balance().signum() == 0) {
            throw new BusinessRuleViolated("giftCardNumber", "Gift card " + number + " has 0.00 left.");
        }
        if (card.balance().compareTo(amount) < 0) throw overdrawn(card);
        return card;
    }

    private static BusinessRuleViolated overdrawn(GiftCard card) {
        return new BusinessRuleViolated("amount", "Gift card " + card.number() + " holds only "
                + Money.cents(card.balance()).toPlainString() + ".");
    }

    /** The conditional update: one of two redemptions racing for the last of a card's value is refused. */
    @Transactional(propagation = Propagation.MANDATORY)
    void redeem(GiftCard card, BigDecimal amount, PaymentId payment, Instant at) {
        int taken = jdbc.sql("""
                        update gift_card set balance = balance - :a,
                               status = case when balance - :a = 0 then 'DEPLETED' else 'ACTIVE' end
                        where id = :id and status = 'ACTIVE' and balance >= :a""")
                .param("a", amount).param("id", card.id()).update();
        if (taken == 0) throw overdrawn(get(card.id()));
        jdbc.sql("insert into gift_card_use (tenant_id, gift_card_id, payment_id, amount, used_at) "
                        + "values (jt_current_tenant(), ?, ?, ?, ?)")
                .params(card.id(), payment.value(), amount, Timestamp.from(at)).update();
    }

    /** R9: the tender that spent the card is voided — its amount is back on the card. */
    @Transactional(propagation = Propagation.MANDATORY)
    void restore(PaymentId payment, Instant at) {
        jdbc.sql("""
                        update gift_card g set balance = g.balance + u.amount, status = 'ACTIVE'
                        from gift_card_use u
                        where u.tenant_id = g.tenant_id and u.gift_card_id = g.id and u.payment_id = ? and u.voided_at is null""")
                .param(payment.value()).update();
        jdbc.sql("update gift_card_use set voided_at = ? where payment_id = ? and voided_at is null")
                .params(Timestamp.from(at), payment.value()).update();
    }

    /**
     * R5: a refund puts {@code amount} on a card: a new one, or — only when the refund says {@code reload} (R7, like the
     * gift-card line's Reload) — an existing card (not voided), reloaded. A number that exists is otherwise refused, so
     * a mistyped number never silently tops up someone else's card. The card is written first (the refund row names
     * it); {@link #refunded} ties it to the refund row.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    long cardForRefund(String typed, BigDecimal amount, Instant at, Long by, boolean reload) {
        String number = checkedNumber(typed, "giftCardNumber");
        var existing = findByNumber(number);
        if (reload && existing.isEmpty()) {
            throw new BusinessRuleViolated("giftCardNumber", "There is no gift card " + number + " to reload: untick "
                    + "Reload to issue it as a new card.");
        }
        if (existing.isPresent()) {
            if ("VOIDED".equals(existing.get().status())) {
                throw new BusinessRuleViolated("giftCardNumber", "Gift card " + number + " is voided: choose another number.");
            }
            if (!reload) {
                throw new BusinessRuleViolated("giftCardNumber", "Gift card " + number + " already exists with "
                        + Money.cents(existing.get().balance()).toPlainString() + " on it — tick Reload to add the refund to it.");
            }
            jdbc.sql("update gift_card set balance = balance + ?, status = 'ACTIVE' where id = ?")
                    .params(amount, existing.get().id()).update();
            return existing.get().id();
        }
        return jdbc.sql("""
                        insert into gift_card (tenant_id, card_number, initial_amount, balance, issued_at, issued_by)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?) returning id""")
                .params(number, amount, amount, Timestamp.from(at), by).query(Long.class).single();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void refunded(long card, InvoiceId invoice, PaymentId payment, BigDecimal amount, Instant at) {
        int issued = jdbc.sql("""
                        update gift_card set source_payment_id = ?
                        where id = ? and source_payment_id is null and issuing_line_id is null
                          and not exists (select 1 from gift_card_load l where l.gift_card_id = gift_card.id)""")
                .params(payment.value(), card).update();
        jdbc.sql("""
                        insert into gift_card_load (tenant_id, gift_card_id, kind, amount, invoice_id, payment_id, loaded_at)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?, ?)""")
                .params(card, issued == 1 ? "ISSUED" : "RELOADED", amount, invoice.value(), payment.value(),
                        Timestamp.from(at)).update();
    }

    /** The refund that put value on a card is voided: so is that value — refused once it was spent. */
    @Transactional(propagation = Propagation.MANDATORY)
    void withdrawRefund(PaymentId payment, Instant at) {
        var loads = jdbc.sql("""
                        select l.id, l.gift_card_id, l.kind, l.amount, g.card_number, g.balance from gift_card_load l
                        join gift_card g on g.tenant_id = l.tenant_id and g.id = l.gift_card_id
                        where l.payment_id = ? and l.voided_at is null for update of g""")
                .param(payment.value())
                .query((rs, n) -> new Load(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getString(5), rs.getBigDecimal(6)))
                .list();
        for (Load load : loads) withdraw(load, at, "payment");
    }

    private static GiftCard card(java.sql.ResultSet rs) throws java.sql.SQLException {
        long invoice = rs.getLong(7);
        InvoiceId issuing = rs.wasNull() ? null : new InvoiceId(invoice);
        long purchaser = rs.getLong(9);
        ContactId purchasedBy = rs.wasNull() ? null : new ContactId(purchaser);
        return new GiftCard(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getString(5),
                rs.getTimestamp(6).toInstant(), issuing, issuing == null ? null : Long.toString(rs.getLong(8)),
                purchasedBy);
    }
}
