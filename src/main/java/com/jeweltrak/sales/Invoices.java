package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.platform.Paged;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Invoices as stored: read whole (header, lines, tenders); written by the use cases in their transaction. */
@Component
public class Invoices {

    private static final String HEADER = """
            select id, store_id, number, status, customer_id, salesperson_id, invoice_date, reference, notes, ship_to,
                   freight, out_of_state, tax_rate, surtax_rate, surtax_threshold, resale_certificate_id, finalized_at, voided_at, voided_by
            from invoice""";

    private final JdbcClient jdbc;

    Invoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<Invoice> find(InvoiceId id) {
        return read(id, "");
    }

    @Transactional(readOnly = true)
    public Invoice get(InvoiceId id) {
        return find(id).orElseThrow(() -> new RecordNotFound("Invoice", id));
    }

    /** The invoice, its row locked until the transaction ends: actions on one invoice happen one after the other. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Invoice lock(InvoiceId id) {
        return read(id, " for update").orElseThrow(() -> new RecordNotFound("Invoice", id));
    }

    /** One page of invoices, newest first, of the given stores only (null: every store). */
    @Transactional(readOnly = true)
    public Paged<Invoice> page(List<StoreId> stores, int page, int size) {
        String where = stores == null ? "" : " where store_id = any(:stores)";
        Long[] storeIds = stores == null ? new Long[0] : stores.stream().map(StoreId::value).toArray(Long[]::new);
        long total = jdbc.sql("select count(*) from invoice" + where).param("stores", storeIds).query(Long.class).single();
        List<Long> ids = jdbc.sql("select id from invoice" + where + " order by invoice_date desc, id desc limit :size offset :offset")
                .param("stores", storeIds).param("size", size).param("offset", (long) page * size).query(Long.class).list();
        return new Paged<>(ids.stream().map(id -> get(new InvoiceId(id))).toList(), page, size, total);
    }

    /** The invoice another line of this item is committed to (sold, or reserved while reopened), if any. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> committedElsewhere(ItemId item, InvoiceId except) {
        return jdbc.sql("""
                        select i.number from invoice_line l join invoice i on i.tenant_id = l.tenant_id and i.id = l.invoice_id
                        where l.item_id = ? and l.stock_committed and l.invoice_id <> ? order by i.id desc limit 1""")
                .params(item.value(), except.value()).query(Long.class).optional().map(String::valueOf);
    }

    /**
     * What the invoice puts in AR (08-accounting §AR R9): its total and balance while Finalized, nothing otherwise —
     * the AR pages and aging read these instead of rebuilding every invoice. And what it came to (subtotal, tax,
     * total) in every status, which the sales reports read (09-reports §4 R2); a voided invoice keeps its figures.
     */
    void keepFigures(Invoice invoice) {
        boolean inAr = invoice.status() == InvoiceStatus.FINALIZED;
        InvoiceTotals totals = invoice.totals();
        jdbc.sql("update invoice set ar_total = ?, ar_balance = ?, subtotal = ?, tax = ?, total = ? where id = ?")
                .params(inAr ? Money.cents(invoice.amounts().total()) : null, inAr ? Money.cents(invoice.balance()) : null,
                        totals.subtotal(), totals.tax().total(), totals.total(), invoice.id().value())
                .update();
    }

    void markCommitted(long lineId, boolean committed) {
        jdbc.sql("update invoice_line set stock_committed = ? where id = ?").params(committed, lineId).update();
    }

    void setStatus(InvoiceId id, InvoiceStatus status) {
        jdbc.sql("update invoice set status = ? where id = ?").params(status.name(), id.value()).update();
    }

    private Optional<Invoice> read(InvoiceId id, String lock) {
        return jdbc.sql(HEADER + " where id = ?" + lock).param(id.value()).query((rs, n) -> header(rs)).optional()
                .map(h -> h.with(lines(id), payments(id), writeOffs(id)));
    }

    private record Header(InvoiceId id, StoreId store, long number, InvoiceStatus status, ContactId customer,
                          UserId salesperson, java.time.LocalDate date, String reference, String notes, String shipTo,
                          BigDecimal freight, boolean outOfState, Store.TaxSetup tax, Long resaleCertificate, Instant finalizedAt, Instant voidedAt,
                          UserId voidedBy) {
        Invoice with(List<InvoiceLine> lines, List<InvoicePayment> payments, List<InvoiceWriteOff> writeOffs) {
            return new Invoice(id, store, number, status, customer, salesperson, date, reference, notes, shipTo, freight,
                    outOfState, tax, resaleCertificate, finalizedAt, voidedAt, voidedBy, lines, payments, writeOffs);
        }
    }

    private static Header header(ResultSet rs) throws SQLException {
        return new Header(new InvoiceId(rs.getLong("id")), new StoreId(rs.getLong("store_id")), rs.getLong("number"),
                InvoiceStatus.valueOf(rs.getString("status")), id(rs, "customer_id", ContactId::new),
                id(rs, "salesperson_id", UserId::new), rs.getObject("invoice_date", java.time.LocalDate.class),
                rs.getString("reference"), rs.getString("notes"), rs.getString("ship_to"), rs.getBigDecimal("freight"),
                rs.getBoolean("out_of_state"), new Store.TaxSetup(rs.getBigDecimal("tax_rate"), rs.getBigDecimal("surtax_rate"),
                rs.getBigDecimal("surtax_threshold")), (Long) rs.getObject("resale_certificate_id"),
                instant(rs.getTimestamp("finalized_at")),
                instant(rs.getTimestamp("voided_at")), id(rs, "voided_by", UserId::new));
    }

    private List<InvoiceLine> lines(InvoiceId id) {
        return jdbc.sql("""
                        select l.id, l.kind, l.item_id, i.stock_number, l.description, l.quantity, l.unit_price, l.adjustment,
                               l.taxable, l.cost, l.stock_committed, l.source_line_id, l.source_tax_rate,
                               l.source_surtax_rate, l.source_surtax_threshold, l.trade_concession, l.trade_family,
                               l.trade_category, l.trade_in_item_id, l.partner_settlement
                        from invoice_line l left join item i on i.tenant_id = l.tenant_id and i.id = l.item_id
                        where l.invoice_id = ? order by l.id""")
                .param(id.value())
                .query((rs, n) -> new InvoiceLine(rs.getLong(1), LineKind.valueOf(rs.getString(2)),
                        id(rs, "item_id", ItemId::new), rs.getObject(4) == null ? null : Long.toString(rs.getLong(4)),
                        rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBoolean(9),
                        rs.getBigDecimal(10), rs.getBoolean(11), (Long) rs.getObject(12),
                        rs.getObject(12) == null ? null
                                : new TaxSnapshot(rs.getBigDecimal(13), rs.getBigDecimal(14), rs.getBigDecimal(15)),
                        rs.getBigDecimal(16), rs.getString(17) == null ? null : new InvoiceLine.TradeIn(rs.getString(17),
                                rs.getString(18), id(rs, "trade_in_item_id", ItemId::new)), rs.getBoolean(20)))
                .list();
    }

    private List<InvoicePayment> payments(InvoiceId id) {
        return jdbc.sql("""
                        select id, method, method_name, amount, tendered, change_due, check_number, card_last4, auth_code,
                               payment_date, created_at, voided_at, moved_to_credit_at, kind, reference, receipt_id
                        from invoice_payment where invoice_id = ? order by id""")
                .param(id.value())
                .query((rs, n) -> new InvoicePayment(new PaymentId(rs.getLong(1)), PaymentMethod.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getObject(10, java.time.LocalDate.class),
                        instant(rs.getTimestamp(11)), instant(rs.getTimestamp(12)),
                        instant(rs.getTimestamp(13)), "REFUND".equals(rs.getString(14)), rs.getString(15),
                        id(rs, "receipt_id", CustomerPaymentId::new)))
                .list();
    }

    /** 08-accounting §Writing Off Invoices: every write-off of the invoice, reversed ones too (history, R1). */
    private List<InvoiceWriteOff> writeOffs(InvoiceId id) {
        return jdbc.sql("""
                        select id, amount, write_off_date, reason, created_at, reversed_at, reversal_date, reversal_reason
                        from invoice_write_off where invoice_id = ? order by id""")
                .param(id.value())
                .query((rs, n) -> new InvoiceWriteOff(new WriteOffId(rs.getLong(1)), rs.getBigDecimal(2),
                        rs.getObject(3, java.time.LocalDate.class), rs.getString(4), instant(rs.getTimestamp(5)),
                        instant(rs.getTimestamp(6)), rs.getObject(7, java.time.LocalDate.class), rs.getString(8)))
                .list();
    }

    private static <T> T id(ResultSet rs, String column, java.util.function.LongFunction<T> make) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : make.apply(value);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
