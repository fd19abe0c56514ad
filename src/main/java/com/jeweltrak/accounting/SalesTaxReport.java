package com.jeweltrak.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.jeweltrak.platform.tenancy.StoreId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sales tax report (08-accounting §Sales Tax R8, R12; issue 10 point 7): for a period, per store and set of rates
 * (tax rate, surtax rate, surtax threshold — the invoice's snapshot), the taxable and non-taxable sales and the tax
 * liability of the finalized invoices by invoice date, and the tax collected by payment date; then every $0-tax invoice
 * of the period with its reason. The amounts come from the journal by the same rules as {@link Books#taxLiability} and
 * {@link Books#taxCollected} (so the totals equal them); the invoice gives the grouping (store, rates, flags) and the
 * split of its lines into taxable and not. A few set-based queries, never one per invoice.
 */
@Service
@Transactional(readOnly = true)
public class SalesTaxReport {

    /** One store × rates row; {@code collected} kept to 4 dp until the total (decision 10). */
    public record Row(long storeId, String store, BigDecimal taxRate, BigDecimal surtaxRate, BigDecimal surtaxThreshold,
                      BigDecimal taxableSales, BigDecimal nonTaxableSales, BigDecimal liability, BigDecimal collected) {
    }

    /** A finalized invoice of the period that charged no tax, and why (R8). */
    public record ZeroTaxInvoice(long invoiceId, String number, LocalDate date, String store, String customer,
                                 String reason) {
    }

    public record Report(LocalDate from, LocalDate to, Long storeId, List<Row> rows, BigDecimal taxableSales,
                         BigDecimal nonTaxableSales, BigDecimal liability, BigDecimal collected,
                         List<ZeroTaxInvoice> zeroTax) {
    }

    /** The finalize entries standing in the range, with the tax each posted — Books.taxLiability's rule. */
    static final String FINALIZED = """
            finalized as (
                select e.invoice_id,
                       sum(case when a.system_key = 'SALES_TAX_PAYABLE' then l.credit - l.debit else 0 end) as tax
                from journal_entry e
                join journal_line l on l.tenant_id = e.tenant_id and l.entry_id = e.id
                join account a on a.tenant_id = l.tenant_id and a.id = l.account_id
                where e.posting = 'INVOICE_FINALIZED' and e.entry_date between :from and :to
                  and not exists (select 1 from journal_entry r where r.tenant_id = e.tenant_id and r.reverses_entry_id = e.id)
                group by e.id, e.invoice_id)""";

    /** The payments in the range and their tax portion — Books.taxCollected's rule, per invoice. */
    static final String COLLECTED = """
            payment as (
                select p.invoice_id,
                       sum(case when pa.system_key in ('AR', 'CUSTOMER_DEPOSITS')
                                then case when p.posting = 'PAYMENT_APPLIED' then l.credit else l.credit - l.debit end
                                else 0 end) as amount
                from journal_entry p
                join journal_line l on l.tenant_id = p.tenant_id and l.entry_id = p.id
                join account pa on pa.tenant_id = l.tenant_id and pa.id = l.account_id
                where p.posting in ('PAYMENT_RECEIVED', 'PAYMENT_APPLIED') and p.entry_date between :from and :to
                  and not exists (select 1 from journal_entry r where r.tenant_id = p.tenant_id and r.reverses_entry_id = p.id)
                  and not exists (select 1 from journal_entry m where m.tenant_id = p.tenant_id
                                  and m.document_type = p.document_type and m.document_id = p.document_id
                                  and m.posting = 'PAYMENT_MOVED_TO_CREDIT')
                group by p.id, p.invoice_id),
            invoice_tax as (
                select f.invoice_id,
                       sum(case when a.system_key = 'SALES_TAX_PAYABLE' then l.credit - l.debit else 0 end) as tax,
                       sum(case when a.system_key in ('AR', 'CUSTOMER_DEPOSITS') then l.debit - l.credit else 0 end) as total
                from journal_entry f
                join journal_line l on l.tenant_id = f.tenant_id and l.entry_id = f.id
                join account a on a.tenant_id = l.tenant_id and a.id = l.account_id
                where f.posting = 'INVOICE_FINALIZED'
                  and not exists (select 1 from journal_entry r where r.tenant_id = f.tenant_id and r.reverses_entry_id = f.id)
                group by f.id, f.invoice_id),
            collected as (
                select p.invoice_id, sum(round(p.amount * t.tax / t.total, 4)) as tax
                from payment p join invoice_tax t on t.invoice_id = p.invoice_id
                where t.total <> 0
                group by p.invoice_id)""";

    /**
     * A line carries tax as SalesTax.isTaxed says: Taxable, and either the invoice is not exempt (out of state,
     * wholesale) or it is a return line that follows its source (R8–R10). Net = ±Qty × UnitPrice − Adjustment.
     */
    private static final String LINE_TAXED = """
            (l.taxable and ((l.quantity < 0 and l.source_line_id is not null)
                            or (not i.out_of_state and i.resale_certificate_id is null)))""";
    private static final String LINE_NET = """
            ((case when l.kind = 'TRADE_IN' then -1 else 1 end) * l.quantity * l.unit_price - l.adjustment)""";

    private final JdbcClient jdbc;

    SalesTaxReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Report of(LocalDate from, LocalDate to, StoreId store) {
        return of(from, to, store, null);
    }

    /**
     * {@code store}: one store, or null for every store of {@code accessible} (null: every store of the tenant —
     * decision 7, the stores a person may see).
     */
    public Report of(LocalDate from, LocalDate to, StoreId store, List<StoreId> accessible) {
        List<StoreId> stores = store != null ? List.of(store) : accessible;
        List<Row> rows = rows(from, to, stores);
        BigDecimal taxable = BigDecimal.ZERO, nonTaxable = BigDecimal.ZERO, liability = BigDecimal.ZERO;
        BigDecimal collected = BigDecimal.ZERO;
        List<Row> shown = new ArrayList<>();
        for (Row r : rows) {
            taxable = taxable.add(r.taxableSales());
            nonTaxable = nonTaxable.add(r.nonTaxableSales());
            liability = liability.add(r.liability());
            collected = collected.add(r.collected());
            shown.add(new Row(r.storeId(), r.store(), r.taxRate(), r.surtaxRate(), r.surtaxThreshold(),
                    Money.cents(r.taxableSales()), Money.cents(r.nonTaxableSales()), Money.cents(r.liability()),
                    Money.cents(r.collected())));
        }
        return new Report(from, to, store == null ? null : store.value(), shown, Money.cents(taxable),
                Money.cents(nonTaxable), Money.cents(liability), Money.cents(collected), zeroTax(from, to, stores));
    }

    private List<Row> rows(LocalDate from, LocalDate to, List<StoreId> stores) {
        return jdbc.sql("with " + FINALIZED + ", " + COLLECTED + """
                        , sales as (
                            select f.invoice_id, f.tax,
                                   coalesce(sum(case when %1$s then %2$s else 0 end), 0) as taxable,
                                   coalesce(sum(case when %1$s then 0 else %2$s end), 0) as non_taxable
                            from finalized f
                            join invoice i on i.id = f.invoice_id
                            left join invoice_line l on l.tenant_id = i.tenant_id and l.invoice_id = i.id
                            group by f.invoice_id, f.tax),
                        parts as (
                            select s.invoice_id, s.taxable, s.non_taxable, s.tax as liability, 0 as collected from sales s
                            union all
                            select c.invoice_id, 0, 0, 0, c.tax from collected c)
                        select i.store_id, st.name, i.tax_rate, i.surtax_rate, i.surtax_threshold,
                               sum(p.taxable), sum(p.non_taxable), sum(p.liability), sum(p.collected)
                        from parts p
                        join invoice i on i.id = p.invoice_id
                        join store st on st.tenant_id = i.tenant_id and st.id = i.store_id
                        where :all or i.store_id = any(:stores)
                        group by i.store_id, st.name, i.tax_rate, i.surtax_rate, i.surtax_threshold
                        order by st.name, i.store_id, i.tax_rate, i.surtax_rate, i.surtax_threshold nulls first"""
                        .formatted(LINE_TAXED, LINE_NET))
                .param("from", from).param("to", to).param("all", stores == null).param("stores", ids(stores))
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                        rs.getBigDecimal(9)))
                .list();
    }

    /**
     * R8: out of state, wholesale (a resale certificate qualified the sale), no taxable line (each kind named:
     * service, partner settlement, gift card, not taxable), or taxable lines that net to zero.
     */
    private List<ZeroTaxInvoice> zeroTax(LocalDate from, LocalDate to, List<StoreId> stores) {
        // from the invoices: one whose total is 0.00 posts no finalize entry at all (nothing happened to the books)
        return jdbc.sql("""
                        with finalized as (
                            select e.invoice_id,
                                   sum(case when a.system_key = 'SALES_TAX_PAYABLE' then l.credit - l.debit else 0 end) as tax
                            from journal_entry e
                            join journal_line l on l.tenant_id = e.tenant_id and l.entry_id = e.id
                            join account a on a.tenant_id = l.tenant_id and a.id = l.account_id
                            where e.posting = 'INVOICE_FINALIZED'
                              and not exists (select 1 from journal_entry r where r.tenant_id = e.tenant_id
                                              and r.reverses_entry_id = e.id)
                            group by e.id, e.invoice_id)
                        select i.id, i.number, i.invoice_date, st.name,
                               coalesce(nullif(btrim(concat_ws(' ', c.first_name, c.last_name)), ''), c.company),
                               i.out_of_state, i.resale_certificate_id is not null,
                               coalesce(bool_or(l.taxable), false),
                               string_agg(distinct case when l.partner_settlement then 'partner settlement'
                                                        when l.kind = 'SERVICE' then 'service'
                                                        when l.kind = 'GIFT_CARD' then 'gift card'
                                                        else 'not taxable' end, ', ') filter (where not l.taxable)
                        from invoice i
                        left join finalized f on f.invoice_id = i.id
                        join store st on st.tenant_id = i.tenant_id and st.id = i.store_id
                        left join contact c on c.tenant_id = i.tenant_id and c.id = i.customer_id
                        left join invoice_line l on l.tenant_id = i.tenant_id and l.invoice_id = i.id
                        where i.status = 'FINALIZED' and i.invoice_date between :from and :to
                          and coalesce(f.tax, 0) = 0 and (:all or i.store_id = any(:stores))
                        group by i.id, i.number, i.invoice_date, st.name, c.first_name, c.last_name, c.company,
                                 i.out_of_state, i.resale_certificate_id
                        order by i.invoice_date, i.id""")
                .param("from", from).param("to", to).param("all", stores == null).param("stores", ids(stores))
                .query((rs, n) -> new ZeroTaxInvoice(rs.getLong(1), Long.toString(rs.getLong(2)),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5),
                        reason(rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8), rs.getString(9))))
                .list();
    }

    private static Long[] ids(List<StoreId> stores) {
        return stores == null ? new Long[0] : stores.stream().map(StoreId::value).toArray(Long[]::new);
    }

    static String reason(boolean outOfState, boolean wholesale, boolean anyTaxableLine, String nonTaxableKinds) {
        if (outOfState) return "Out-of-state sale";
        if (wholesale) return "Wholesale sale (resale certificate)";
        if (!anyTaxableLine) {
            return "No taxable lines" + (nonTaxableKinds == null ? "" : ": " + nonTaxableKinds);
        }
        return "Taxable lines net to zero";
    }
}
