package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Store credit as documents (08-accounting §Store Credits & Refunds): a credit is issued to one customer by a refund
 * row of method STORE_CREDIT on a return invoice (R2, R12) and used by payment rows of that method on the customer's
 * later invoices (R4, R7), partly or fully. A use locks the customer's active credits and takes each amount with a
 * conditional update (remaining ≥ amount), so two sales using the same credit at once can never overdraw it (R8).
 * Voiding the payment that used credit gives it back; voiding the refund that issued it voids it, while none is used.
 */
@Component
public class StoreCredits {

    /** One credit as the customer's panel shows it. */
    public record StoreCredit(long id, ContactId customer, BigDecimal amount, BigDecimal remaining, InvoiceId sourceInvoice,
                              String sourceInvoiceNumber, Instant issuedAt, String status) {
    }

    private final JdbcClient jdbc;

    StoreCredits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the customer can still spend: the remaining of their active credits (R7). */
    @Transactional(readOnly = true)
    public BigDecimal balance(ContactId customer) {
        return jdbc.sql("select coalesce(sum(remaining), 0) from store_credit where customer_id = ? and status = 'ACTIVE'")
                .param(customer.value()).query(BigDecimal.class).single();
    }

    /** Every credit of the customer, newest first. */
    @Transactional(readOnly = true)
    public List<StoreCredit> of(ContactId customer) {
        return jdbc.sql("""
                        select c.id, c.customer_id, c.amount, c.remaining, c.source_invoice_id, i.number, c.issued_at, c.status
                        from store_credit c left join invoice i on i.tenant_id = c.tenant_id and i.id = c.source_invoice_id
                        where c.customer_id = ? order by c.issued_at desc, c.id desc""")
                .param(customer.value())
                .query((rs, n) -> new StoreCredit(rs.getLong(1), new ContactId(rs.getLong(2)), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getObject(5) == null ? null : new InvoiceId(rs.getLong(5)),
                        rs.getObject(6) == null ? null : Long.toString(rs.getLong(6)), rs.getTimestamp(7).toInstant(),
                        rs.getString(8)))
                .list();
    }

    /** R2: the refund row {@code payment} on the return invoice issues {@code amount} of credit to the customer. */
    @Transactional(propagation = Propagation.MANDATORY)
    void issue(ContactId customer, BigDecimal amount, InvoiceId source, PaymentId payment, Instant at, Long by) {
        jdbc.sql("""
                        insert into store_credit (tenant_id, customer_id, amount, remaining, source_invoice_id, source_payment_id,
                                                  issued_at, issued_by)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?, ?, ?)""")
                .params(customer.value(), amount, amount, source.value(), payment.value(), java.sql.Timestamp.from(at), by)
                .update();
    }

    /**
     * 03-services §3 R8: a work-order deposit the customer leaves with the store when the job is cancelled becomes
     * their store credit — issued by no invoice (the job has none), so it names none.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void issueForDeposit(ContactId customer, BigDecimal amount, Instant at, com.jeweltrak.platform.tenancy.UserId by) {
        if (amount == null || amount.signum() <= 0) throw new BusinessRuleViolated("amount", "The credit is more than 0.");
        jdbc.sql("""
                        insert into store_credit (tenant_id, customer_id, amount, remaining, issued_at, issued_by)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?)""")
                .params(customer.value(), amount, amount, java.sql.Timestamp.from(at), by == null ? null : by.value())
                .update();
    }

    /** R7, R8: {@code amount} of the customer's credit pays {@code payment}, oldest credit first; never overdrawn. */
    @Transactional(propagation = Propagation.MANDATORY)
    void use(ContactId customer, BigDecimal amount, PaymentId payment, Instant at) {
        var credits = jdbc.sql("""
                        select id, remaining from store_credit where customer_id = ? and status = 'ACTIVE'
                        order by issued_at, id for update""")
                .param(customer.value())
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getBigDecimal(2)}).list();
        BigDecimal available = credits.stream().map(c -> (BigDecimal) c[1]).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (available.compareTo(amount) < 0) {
            throw new BusinessRuleViolated("amount", "The customer has only " + Money.cents(available).toPlainString()
                    + " of store credit.");
        }
        BigDecimal left = amount;
        for (Object[] credit : credits) {
            if (left.signum() == 0) break;
            BigDecimal take = left.min((BigDecimal) credit[1]);
            int taken = jdbc.sql("""
                            update store_credit set remaining = remaining - :take,
                                   status = case when remaining - :take = 0 then 'USED_UP' else 'ACTIVE' end
                            where id = :id and status = 'ACTIVE' and remaining >= :take""")
                    .param("take", take).param("id", credit[0]).update();
            if (taken == 0) throw new IllegalStateException("Store credit " + credit[0] + " changed under its lock");
            jdbc.sql("insert into store_credit_use (tenant_id, store_credit_id, payment_id, amount, used_at) "
                            + "values (jt_current_tenant(), ?, ?, ?, ?)")
                    .params(credit[0], payment.value(), take, java.sql.Timestamp.from(at)).update();
            left = left.subtract(take);
        }
    }

    /** §Store Credits R12 ("Remove restores it"): the payment that used credit is voided, the credit comes back. */
    @Transactional(propagation = Propagation.MANDATORY)
    void giveBack(PaymentId payment, Instant at) {
        jdbc.sql("""
                        update store_credit c set remaining = c.remaining + u.amount, status = 'ACTIVE'
                        from store_credit_use u
                        where u.tenant_id = c.tenant_id and u.store_credit_id = c.id and u.payment_id = ? and u.voided_at is null""")
                .param(payment.value()).update();
        jdbc.sql("update store_credit_use set voided_at = ? where payment_id = ? and voided_at is null")
                .params(java.sql.Timestamp.from(at), payment.value()).update();
    }

    /** The refund that issued credit is voided: so is the credit — refused once any of it was used. */
    @Transactional(propagation = Propagation.MANDATORY)
    void voidIssued(PaymentId payment) {
        var credit = jdbc.sql("select amount, remaining, status from store_credit where source_payment_id = ? for update")
                .param(payment.value())
                .query((rs, n) -> new Object[]{rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getString(3)}).optional();
        if (credit.isEmpty()) return;
        BigDecimal used = ((BigDecimal) credit.get()[0]).subtract((BigDecimal) credit.get()[1]);
        if (used.signum() > 0) {
            throw new BusinessRuleViolated("payment", "The customer already used " + Money.cents(used).toPlainString()
                    + " of this store credit: void the payments that used it first.");
        }
        jdbc.sql("update store_credit set status = 'VOIDED' where source_payment_id = ?").param(payment.value()).update();
    }

    /** One line of a credit's history (§Store Credits R9, R10): ISSUED, USED, RESTORED, CASHED_OUT. */
    public record Event(Instant at, String what, BigDecimal amount, InvoiceId invoice, String invoiceNumber, String detail) {
    }

    /** The credit (any status), with why it was given when it was stand-alone; 404 when not the tenant's. */
    @Transactional(readOnly = true)
    public StoreCredit get(long id) {
        return jdbc.sql("""
                        select c.id, c.customer_id, c.amount, c.remaining, c.source_invoice_id, i.number, c.issued_at, c.status
                        from store_credit c left join invoice i on i.tenant_id = c.tenant_id and i.id = c.source_invoice_id
                        where c.id = ?""")
                .param(id)
                .query((rs, n) -> new StoreCredit(rs.getLong(1), new ContactId(rs.getLong(2)), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getObject(5) == null ? null : new InvoiceId(rs.getLong(5)),
                        rs.getObject(6) == null ? null : Long.toString(rs.getLong(6)), rs.getTimestamp(7).toInstant(),
                        rs.getString(8)))
                .optional().orElseThrow(() -> new com.jeweltrak.platform.RecordNotFound("Store credit", id));
    }

    /** Why a stand-alone credit was given (R9); null for one issued on a return. */
    @Transactional(readOnly = true)
    public String reason(long id) {
        return jdbc.sql("select reason from store_credit where id = ?").param(id).query(String.class).optional().orElse(null);
    }

    /** What the credit went through, oldest first: issued, each use (and its restoring), each cash-out. */
    @Transactional(readOnly = true)
    public List<Event> history(long id) {
        StoreCredit credit = get(id);
        var events = new java.util.ArrayList<Event>();
        events.add(new Event(credit.issuedAt(), "ISSUED", credit.amount(), credit.sourceInvoice(),
                credit.sourceInvoiceNumber(), reason(id)));
        events.addAll(jdbc.sql("""
                        select at, what, amount, invoice_id, number, detail from (
                            select u.used_at as at, 'USED' as what, -u.amount as amount, p.invoice_id, i.number,
                                   null::text as detail, u.id as seq
                            from store_credit_use u join invoice_payment p on p.tenant_id = u.tenant_id and p.id = u.payment_id
                            join invoice i on i.tenant_id = p.tenant_id and i.id = p.invoice_id where u.store_credit_id = :id
                            union all
                            select u.voided_at, 'RESTORED', u.amount, p.invoice_id, i.number, null, u.id
                            from store_credit_use u join invoice_payment p on p.tenant_id = u.tenant_id and p.id = u.payment_id
                            join invoice i on i.tenant_id = p.tenant_id and i.id = p.invoice_id
                            where u.store_credit_id = :id and u.voided_at is not null
                            union all
                            select o.cashed_at, 'CASHED_OUT', -o.amount, null, null,
                                   case when o.method = 'CHECK' then 'Check ' || o.check_number else 'Cash' end, o.id
                            from store_credit_cash_out o where o.store_credit_id = :id
                        ) h order by at, seq""")
                .param("id", id)
                .query((rs, n) -> new Event(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getBigDecimal(3),
                        rs.getObject(4) == null ? null : new InvoiceId(rs.getLong(4)),
                        rs.getObject(5) == null ? null : Long.toString(rs.getLong(5)), rs.getString(6)))
                .list());
        return events;
    }
}
