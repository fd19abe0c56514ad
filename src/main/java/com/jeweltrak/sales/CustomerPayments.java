package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.tenancy.StoreId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments received on account (receipts) as stored, with their applications; and the one definition of a customer's
 * credit on account (08-accounting §Applying Payments R4, R8; §Store Credits R12): Σ over their non-voided receipts of
 * (amount − Σ its applications still applied, i.e. neither voided nor moved back to credit).
 */
@Component
public class CustomerPayments {

    /** A finalized invoice of the customer that still owes (§Applying Payments R6), in the oldest-first order. */
    public record OpenInvoice(InvoiceId id, long number, StoreId store, LocalDate date, BigDecimal total, BigDecimal balance) {
    }

    private static final String HEADER = """
            select p.id, p.store_id, p.customer_id,
                   coalesce(nullif(trim(concat_ws(' ', c.first_name, c.last_name)), ''), c.company) as customer_name,
                   p.payment_date, p.method, p.method_name, p.check_number, p.card_last4, p.auth_code, p.reference, p.notes,
                   p.amount, p.source_payment_id, p.created_at, p.voided_at, p.void_kind, p.void_reason, p.void_date,
                   p.nsf_fee_invoice_id
            from customer_payment p left join contact c on c.tenant_id = p.tenant_id and c.id = p.customer_id""";

    private final JdbcClient jdbc;

    CustomerPayments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<CustomerPayment> find(CustomerPaymentId id) {
        return jdbc.sql(HEADER + " where p.id = ?").param(id.value()).query((rs, n) -> read(rs)).optional();
    }

    @Transactional(readOnly = true)
    public CustomerPayment get(CustomerPaymentId id) {
        return find(id).orElseThrow(() -> new RecordNotFound("Customer payment", id));
    }

    /** The receipt, its row locked until the transaction ends: applying and voiding it happen one after the other. */
    @Transactional(propagation = Propagation.MANDATORY)
    CustomerPayment lock(CustomerPaymentId id) {
        jdbc.sql("select id from customer_payment where id = ? for update").param(id.value()).query(Long.class).optional()
                .orElseThrow(() -> new RecordNotFound("Customer payment", id));
        return get(id);
    }

    /** The customer's receipts still holding credit, oldest first (by payment date, then id), locked. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<CustomerPayment> lockWithCredit(ContactId customer) {
        return jdbc.sql("""
                        select id from customer_payment where customer_id = ? and voided_at is null
                        order by payment_date, id for update""")
                .param(customer.value()).query(Long.class).list().stream()
                .map(id -> get(new CustomerPaymentId(id))).filter(p -> p.unapplied().signum() > 0).toList();
    }

    /** One page of receipts, newest first: the customer's (null: everybody's). */
    @Transactional(readOnly = true)
    public Paged<CustomerPayment> page(ContactId customer, int page, int size) {
        return page(customer, null, page, size);
    }

    /**
     * One page of receipts, newest first: the customer's (null: everybody's) received in the given stores (null: every
     * store) — a user never sees a receipt of a store they may not see (decision 7).
     */
    @Transactional(readOnly = true)
    public Paged<CustomerPayment> page(ContactId customer, List<StoreId> stores, int page, int size) {
        List<String> conditions = new java.util.ArrayList<>();
        if (customer != null) conditions.add("p.customer_id = :customer");
        if (stores != null) conditions.add("p.store_id = any(:stores)");
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        Long[] storeIds = stores == null ? new Long[0] : stores.stream().map(StoreId::value).toArray(Long[]::new);
        long total = jdbc.sql("select count(*) from customer_payment p" + where)
                .param("customer", customer == null ? 0L : customer.value()).param("stores", storeIds)
                .query(Long.class).single();
        List<CustomerPayment> rows = jdbc.sql(HEADER + where + " order by p.payment_date desc, p.id desc limit :size offset :offset")
                .param("customer", customer == null ? 0L : customer.value()).param("stores", storeIds).param("size", size)
                .param("offset", (long) page * size).query((rs, n) -> read(rs)).list();
        return new Paged<>(rows, page, size, total);
    }

    @Transactional(readOnly = true)
    public Paged<CustomerPayment> forCustomer(ContactId customer, int page, int size) {
        return page(customer, page, size);
    }

    /** What receipt {@code p} (a customer_payment row) still holds: its amount less its applications still applied. */
    static final String UNAPPLIED = """
            (p.amount - coalesce((select sum(a.amount) from invoice_payment a
                                  where a.tenant_id = p.tenant_id and a.receipt_id = p.id
                                    and a.voided_at is null and a.moved_to_credit_at is null), 0))""";

    /** The customer's credit on account — the only definition (see the class comment). */
    @Transactional(readOnly = true)
    public BigDecimal creditOnAccount(ContactId customer) {
        return Money.cents(jdbc.sql("select coalesce(sum(" + UNAPPLIED + "), 0) from customer_payment p "
                        + "where p.customer_id = ? and p.voided_at is null")
                .param(customer.value()).query(BigDecimal.class).single());
    }

    /**
     * The customer's finalized invoices that still owe, oldest first (08-accounting header: invoice date, then number,
     * then id), any store.
     */
    @Transactional(readOnly = true)
    public List<OpenInvoice> openInvoices(ContactId customer) {
        return jdbc.sql("""
                        select id, number, store_id, invoice_date, ar_total, ar_balance from invoice
                        where customer_id = ? and status = 'FINALIZED' and ar_balance > 0
                        order by invoice_date, number, id""")
                .param(customer.value())
                .query((rs, n) -> new OpenInvoice(new InvoiceId(rs.getLong(1)), rs.getLong(2), new StoreId(rs.getLong(3)),
                        rs.getObject(4, LocalDate.class), rs.getBigDecimal(5), rs.getBigDecimal(6)))
                .list();
    }

    /** The receipt made from an invoice payment moved to credit (R8), if any. */
    @Transactional(readOnly = true)
    public Optional<CustomerPaymentId> madeFrom(PaymentId payment) {
        return jdbc.sql("select id from customer_payment where source_payment_id = ?").param(payment.value())
                .query(Long.class).optional().map(CustomerPaymentId::new);
    }

    /**
     * §Applying Payments R8, 03-services §3 R7: an invoice payment moved to credit on account (or a deposit's excess)
     * becomes a receipt of the customer's — money received before (on the payment row), so nothing is posted for it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    CustomerPaymentId makeFrom(PaymentId source, StoreId store, ContactId customer, LocalDate date, java.time.Instant at,
                               Long by) {
        return new CustomerPaymentId(jdbc.sql("""
                        insert into customer_payment (tenant_id, store_id, customer_id, payment_date, method, method_name,
                                                      check_number, card_last4, auth_code, reference, amount,
                                                      source_payment_id, created_at, created_by)
                        select tenant_id, ?, ?, ?, method, method_name, check_number, card_last4, auth_code, reference,
                               amount, id, ?, ?
                        from invoice_payment where id = ? returning id""")
                .params(store.value(), customer.value(), date, java.sql.Timestamp.from(at), by, source.value())
                .query(Long.class).single());
    }

    private CustomerPayment read(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Long source = rs.getObject("source_payment_id", Long.class);
        Long fee = rs.getObject("nsf_fee_invoice_id", Long.class);
        String kind = rs.getString("void_kind");
        return new CustomerPayment(new CustomerPaymentId(id), new StoreId(rs.getLong("store_id")),
                new ContactId(rs.getLong("customer_id")), rs.getString("customer_name"),
                rs.getObject("payment_date", LocalDate.class), PaymentMethod.valueOf(rs.getString("method")),
                rs.getString("method_name"), rs.getString("check_number"), rs.getString("card_last4"),
                rs.getString("auth_code"), rs.getString("reference"), rs.getString("notes"), rs.getBigDecimal("amount"),
                source == null ? null : new PaymentId(source), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("voided_at") == null ? null : rs.getTimestamp("voided_at").toInstant(),
                kind == null ? null : CustomerPayment.VoidKind.valueOf(kind), rs.getString("void_reason"),
                rs.getObject("void_date", LocalDate.class), fee == null ? null : new InvoiceId(fee), applications(id));
    }

    private List<CustomerPayment.Application> applications(long receipt) {
        return jdbc.sql("""
                        select a.id, a.invoice_id, i.number, a.payment_date, a.amount, a.voided_at, a.moved_to_credit_at
                        from invoice_payment a join invoice i on i.tenant_id = a.tenant_id and i.id = a.invoice_id
                        where a.receipt_id = ? order by a.id""")
                .param(receipt)
                .query((rs, n) -> new CustomerPayment.Application(new PaymentId(rs.getLong(1)), new InvoiceId(rs.getLong(2)),
                        rs.getLong(3), rs.getObject(4, LocalDate.class), rs.getBigDecimal(5),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .list();
    }
}
