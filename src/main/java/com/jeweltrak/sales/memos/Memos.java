package com.jeweltrak.sales.memos;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.tenancy.StoreId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Memos and memo return receipts as stored: read whole; written by the use cases in their transaction. */
@Component
public class Memos {

    private final JdbcClient jdbc;

    Memos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<Memo> find(MemoId id) {
        return read(id, "");
    }

    @Transactional(readOnly = true)
    public Memo get(MemoId id) {
        return find(id).orElseThrow(() -> new RecordNotFound("Memo", id));
    }

    /** The memo, its row locked until the transaction ends: actions on one memo happen one after the other. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Memo lock(MemoId id) {
        return read(id, " for update").orElseThrow(() -> new RecordNotFound("Memo", id));
    }

    /** One page of memos, newest first, of the given stores only (null: every store). */
    @Transactional(readOnly = true)
    public com.jeweltrak.platform.Paged<Memo> page(List<StoreId> stores, int page, int size) {
        String where = stores == null ? "" : " where store_id = any(:stores)";
        Long[] storeIds = stores == null ? new Long[0] : stores.stream().map(StoreId::value).toArray(Long[]::new);
        long total = jdbc.sql("select count(*) from memo" + where).param("stores", storeIds).query(Long.class).single();
        List<Long> ids = jdbc.sql("select id from memo" + where + " order by memo_date desc, id desc limit :size offset :offset")
                .param("stores", storeIds).param("size", size).param("offset", (long) page * size).query(Long.class).list();
        return new com.jeweltrak.platform.Paged<>(ids.stream().map(id -> get(new MemoId(id))).toList(), page, size, total);
    }

    @Transactional(readOnly = true)
    public Optional<MemoReturn> findReturn(MemoReturnId id) {
        return jdbc.sql("""
                        select r.id, r.store_id, r.number, r.memo_id, m.number, r.return_date, r.notes
                        from memo_return r join memo m on m.tenant_id = r.tenant_id and m.id = r.memo_id where r.id = ?""")
                .param(id.value())
                .query((rs, n) -> new MemoReturn(new MemoReturnId(rs.getLong(1)), new StoreId(rs.getLong(2)), rs.getLong(3),
                        new MemoId(rs.getLong(4)), rs.getLong(5), rs.getObject(6, LocalDate.class), rs.getString(7),
                        List.of()))
                .optional()
                .map(r -> new MemoReturn(r.id(), r.store(), r.number(), r.memo(), r.memoNumber(), r.date(), r.notes(),
                        returnLines(r.id())));
    }

    @Transactional(readOnly = true)
    public MemoReturn getReturn(MemoReturnId id) {
        return findReturn(id).orElseThrow(() -> new RecordNotFound("Memo return", id));
    }

    /** The receipts of a memo, oldest first. */
    @Transactional(readOnly = true)
    public List<MemoReturn> returnsOf(MemoId memo) {
        return jdbc.sql("select id from memo_return where memo_id = ? order by id").param(memo.value()).query(Long.class)
                .list().stream().map(id -> getReturn(new MemoReturnId(id))).toList();
    }

    /** The memo holding the item out now (a line with units out on a memo not voided), if any: its number. */
    @Transactional(readOnly = true)
    public Optional<String> holding(ItemId item) {
        return jdbc.sql("""
                        select m.number from memo_line l join memo m on m.tenant_id = l.tenant_id and m.id = l.memo_id
                        where l.item_id = ? and m.voided_at is null and l.quantity - l.qty_returned - l.qty_invoiced > 0
                        order by m.id desc limit 1""")
                .param(item.value()).query(Long.class).optional().map(String::valueOf);
    }

    /** An invoice a memo line's units went onto (02-sales §Reversing R1: "the invoice link on the memo line"). */
    public record InvoicedOn(long memoLine, long invoiceId, long invoiceNumber, String invoiceStatus) {
    }

    /** The invoices (not voided) the memo's lines were invoiced on, by memo line, oldest first. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, List<InvoicedOn>> invoicedOn(MemoId memo) {
        return jdbc.sql("""
                        select distinct l.id, i.id, i.number, i.status
                        from memo_line l join invoice_line il on il.tenant_id = l.tenant_id and il.memo_line_id = l.id
                             join invoice i on i.tenant_id = il.tenant_id and i.id = il.invoice_id
                        where l.memo_id = ? and i.status <> 'VOIDED' order by i.id""")
                .param(memo.value())
                .query((rs, n) -> new InvoicedOn(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
                .list().stream().collect(java.util.stream.Collectors.groupingBy(InvoicedOn::memoLine,
                        java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));
    }

    void addReturned(long memoLine, BigDecimal quantity) {
        jdbc.sql("update memo_line set qty_returned = qty_returned + ? where id = ?").params(quantity, memoLine).update();
    }

    private Optional<Memo> read(MemoId id, String lock) {
        return jdbc.sql("""
                        select id, store_id, number, customer_id, memo_date, expected_return_date, terms, notes, voided_at
                        from memo where id = ?""" + lock)
                .param(id.value())
                .query((rs, n) -> new Memo(new MemoId(rs.getLong(1)), new StoreId(rs.getLong(2)), rs.getLong(3),
                        new ContactId(rs.getLong(4)), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                        rs.getString(7), rs.getString(8), instant(rs.getTimestamp(9)), List.of()))
                .optional()
                .map(m -> new Memo(m.id(), m.store(), m.number(), m.customer(), m.date(), m.expectedReturn(), m.terms(),
                        m.notes(), m.voidedAt(), lines(m.id())));
    }

    private List<MemoLine> lines(MemoId id) {
        return jdbc.sql("""
                        select l.id, l.item_id, i.stock_number, l.description, l.quantity, l.unit_price, l.adjustment,
                               l.qty_returned, l.qty_invoiced
                        from memo_line l left join item i on i.tenant_id = l.tenant_id and i.id = l.item_id
                        where l.memo_id = ? order by l.id""")
                .param(id.value())
                .query((rs, n) -> new MemoLine(rs.getLong(1), itemId(rs), rs.getObject(3) == null ? null
                        : Long.toString(rs.getLong(3)), rs.getString(4), rs.getBigDecimal(5), rs.getBigDecimal(6),
                        rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9)))
                .list();
    }

    private List<MemoReturn.Line> returnLines(MemoReturnId id) {
        return jdbc.sql("""
                        select r.id, r.memo_line_id, i.stock_number, l.description, r.quantity
                        from memo_return_line r join memo_line l on l.tenant_id = r.tenant_id and l.id = r.memo_line_id
                             left join item i on i.tenant_id = l.tenant_id and i.id = l.item_id
                        where r.memo_return_id = ? order by r.id""")
                .param(id.value())
                .query((rs, n) -> new MemoReturn.Line(rs.getLong(1), rs.getLong(2),
                        rs.getObject(3) == null ? null : Long.toString(rs.getLong(3)), rs.getString(4), rs.getBigDecimal(5)))
                .list();
    }

    private static ItemId itemId(ResultSet rs) throws SQLException {
        long value = rs.getLong(2);
        return rs.wasNull() ? null : new ItemId(value);
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
