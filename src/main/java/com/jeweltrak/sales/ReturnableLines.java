package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a customer can bring back (02-sales §Returns and Exchanges R2, R10): the sale lines of their finalized invoices,
 * each with what was sold and what is already returned on live (not voided) invoices — the search for a return is
 * limited to the customer's own earlier invoices.
 */
@Component
public class ReturnableLines {

    /** A sale line of an earlier invoice and how much of it can still come back. */
    public record ReturnableLine(long lineId, InvoiceId invoice, String invoiceNumber, LocalDate invoiceDate,
                                 LineKind kind, String stockId, String description, BigDecimal sold, BigDecimal returned,
                                 BigDecimal unitPrice, BigDecimal adjustment) {

        public BigDecimal returnable() {
            return sold.subtract(returned);
        }
    }

    private final JdbcClient jdbc;

    ReturnableLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The customer's returnable lines, newest invoice first; nothing for a walk-in sale (no earlier invoices to search). */
    @Transactional(readOnly = true)
    public List<ReturnableLine> of(ContactId customer) {
        if (customer == null) return List.of();
        return jdbc.sql("""
                        select l.id, i.id, i.number, i.invoice_date, l.kind, it.stock_number, l.description, l.quantity,
                               coalesce((select sum(-r.quantity) from invoice_line r
                                         join invoice ri on ri.tenant_id = r.tenant_id and ri.id = r.invoice_id
                                         where r.source_line_id = l.id and ri.status <> 'VOIDED'), 0) as returned,
                               l.unit_price, l.adjustment
                        from invoice_line l
                        join invoice i on i.tenant_id = l.tenant_id and i.id = l.invoice_id
                        left join item it on it.tenant_id = l.tenant_id and it.id = l.item_id
                        where i.customer_id = ? and i.status = 'FINALIZED' and l.quantity > 0 and l.kind not in ('TRADE_IN', 'GIFT_CARD')
                        order by i.invoice_date desc, i.id desc, l.id""")
                .param(customer.value())
                .query((rs, n) -> new ReturnableLine(rs.getLong(1), new InvoiceId(rs.getLong(2)), Long.toString(rs.getLong(3)),
                        rs.getObject(4, LocalDate.class), LineKind.valueOf(rs.getString(5)),
                        rs.getObject(6) == null ? null : Long.toString(rs.getLong(6)), rs.getString(7), rs.getBigDecimal(8),
                        rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11)))
                .list().stream().filter(l -> l.returnable().signum() > 0).toList();
    }

    /** For each return line of the invoice, the number of the invoice its source line was sold on (for the page). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> sourceNumbers(Invoice invoice) {
        Long[] sources = invoice.lines().stream().map(InvoiceLine::sourceLine).filter(java.util.Objects::nonNull)
                .toArray(Long[]::new);
        if (sources.length == 0) return java.util.Map.of();
        java.util.Map<Long, String> numbers = new java.util.HashMap<>();
        jdbc.sql("""
                        select l.id, i.number from invoice_line l join invoice i on i.tenant_id = l.tenant_id and i.id = l.invoice_id
                        where l.id = any(?)""")
                .param(sources).query((rs, n) -> numbers.put(rs.getLong(1), Long.toString(rs.getLong(2)))).list();
        return numbers;
    }

    /**
     * A sold line whose units came back on a live return invoice keeps at least those units: taking it off, lowering
     * its quantity below them or voiding its invoice would bring the same units back into stock a second time. The
     * return invoice is voided (or its line removed) first.
     */
    void checkKeeps(Invoice invoice, InvoiceLine line, BigDecimal quantity) {
        if (line.isReturn()) return;
        BigDecimal returned = returnedExcept(line.id(), -1);
        if (returned.signum() > 0 && quantity.compareTo(returned) < 0) {
            String back = jdbc.sql("""
                            select string_agg(distinct i.number::text, ', ') from invoice_line r
                            join invoice i on i.tenant_id = r.tenant_id and i.id = r.invoice_id
                            where r.source_line_id = ? and i.status <> 'VOIDED'""")
                    .param(line.id()).query(String.class).single();
            throw new BusinessRuleViolated("quantity", returned.stripTrailingZeros().toPlainString() + " of "
                    + (line.stockId() != null ? "StockID " + line.stockId() : line.description()) + " on invoice "
                    + invoice.numberText() + " came back on invoice " + back + ": void that return first.");
        }
    }

    /** Units of the source line returned on live invoices, leaving out one return line (the one being changed). */
    BigDecimal returnedExcept(long sourceLine, long exceptLine) {
        return jdbc.sql("""
                        select coalesce(sum(-r.quantity), 0) from invoice_line r
                        join invoice ri on ri.tenant_id = r.tenant_id and ri.id = r.invoice_id
                        where r.source_line_id = ? and r.id <> ? and ri.status <> 'VOIDED'""")
                .params(sourceLine, exceptLine).query(BigDecimal.class).single();
    }

    /** R10: never more back than was sold minus what already came back — refused with the numbers. */
    static void checkCap(BigDecimal units, InvoiceLine source, String sourceNumber, BigDecimal alreadyReturned) {
        BigDecimal left = source.quantity().subtract(alreadyReturned);
        if (units.compareTo(left) > 0) {
            throw new ReturnExceedsWhatWasSold(source.stockId() != null ? "StockID " + source.stockId() : source.description(),
                    sourceNumber, source.quantity(), alreadyReturned, left);
        }
    }
}
