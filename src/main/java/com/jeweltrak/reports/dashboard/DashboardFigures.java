package com.jeweltrak.reports.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jeweltrak.platform.tenancy.StoreId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Dashboard's figures for one store (09 §1), computed on each load (R10) and cheap by design (issue 11 point 3):
 * no report runs here — each counter is one statement over an index, the chart one grouped statement over 24 months of
 * invoices. Figures agree with the reports they link to (R11): Open invoices = the Invoices list filtered Open, the AR
 * balance = AR Aging's grand total as of today for the store, Today's sales = Net sales (C3) of the day.
 * <p>
 * <b>Low stock (spec open question):</b> JewelTrak keeps no reorder point or minimum quantity anywhere (items are
 * mostly one of a kind; styles have no reorder level), so "low stock" has no definition to count: the tile is left out
 * until a reorder point exists, rather than inventing a threshold.
 */
@Service
@Transactional(readOnly = true)
public class DashboardFigures {

    /** The counters; money figures are null for a person without Reports access (R7). */
    public record Counters(long openInvoices, BigDecimal arBalance, long itemsOnMemo, long memosOut,
                           BigDecimal todaysSales) {
    }

    /**
     * The sales-history chart (R2, R3): the last 12 months' Net sales, oldest first, the same months a year earlier, and
     * whether the last point is the current, partial month (it always is: it runs to today).
     */
    public record SalesHistory(List<String> months, List<BigDecimal> thisYear, List<BigDecimal> lastYear,
                               boolean lastMonthPartial, boolean excludeTradeIns) {
    }

    /** One line of Recent activity (R6). */
    public record Activity(String kind, String label, String detail, String href, java.time.Instant at) {
    }

    private final JdbcClient jdbc;

    DashboardFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * R4, R11. {@code money}: whether to work out the AR balance and today's sales at all.
     * The AR balance is the one AR definition (08; accounting.Receivables, AR Aging's live path): Σ ar_balance of the
     * store's finalized invoices that owe (partial index invoice_ar_open) − the credit on account of the store's receipts.
     */
    public Counters counters(StoreId store, LocalDate today, boolean money) {
        long open = jdbc.sql("select count(*) from invoice where status = 'OPEN' and store_id = ?")
                .param(store.value()).query(Long.class).single();
        long onMemo = jdbc.sql("select count(*) from item where on_memo > 0 and store_id = ?")
                .param(store.value()).query(Long.class).single();
        long memosOut = jdbc.sql("""
                        select count(*) from memo m
                        where m.voided_at is null and m.store_id = ?
                          and exists (select 1 from memo_line l where l.tenant_id = m.tenant_id and l.memo_id = m.id
                                        and l.quantity - l.qty_returned - l.qty_invoiced > 0)""")
                .param(store.value()).query(Long.class).single();
        if (!money) return new Counters(open, null, onMemo, memosOut, null);
        BigDecimal ar = jdbc.sql("""
                        select coalesce((select sum(i.ar_balance) from invoice i
                                         where i.status = 'FINALIZED' and i.ar_balance <> 0 and i.customer_id is not null
                                           and i.store_id = :store), 0)
                             - coalesce((select sum(cp.amount - coalesce((
                                                select sum(p.amount) from invoice_payment p
                                                where p.tenant_id = cp.tenant_id and p.receipt_id = cp.id
                                                  and p.voided_at is null and p.moved_to_credit_at is null), 0))
                                         from customer_payment cp
                                         where cp.voided_at is null and cp.store_id = :store), 0)""")
                .param("store", store.value()).query(BigDecimal.class).single();
        BigDecimal sales = jdbc.sql("""
                        select coalesce(sum(subtotal), 0) from invoice
                        where invoice_date = :today and status = 'FINALIZED' and store_id = :store""")
                .param("today", today).param("store", store.value()).query(BigDecimal.class).single();
        return new Counters(open, ar, onMemo, memosOut, sales);
    }

    /**
     * R2, R3: monthly Net sales (C3: finalized invoices' Subtotal, by invoice date) for the 24 months to today, one
     * grouped statement. Excluding trade-ins adds the trade-in credits back (a trade-in line lowers Subtotal by the
     * credit allowed, Qty × UnitPrice), so only the sales show.
     */
    public SalesHistory salesHistory(StoreId store, LocalDate today, boolean excludeTradeIns) {
        YearMonth current = YearMonth.from(today);
        YearMonth first = current.minusMonths(23);
        Map<YearMonth, BigDecimal> byMonth = new LinkedHashMap<>();
        jdbc.sql("""
                        select cast(date_trunc('month', x.invoice_date) as date) as month, sum(x.net) as net
                        from (
                            select i.invoice_date, i.subtotal as net from invoice i
                            where i.invoice_date between :from and :to and i.status = 'FINALIZED' and i.store_id = :store
                            union all
                            -- the trade-in credits (partial index invoice_line_trade_ins), added back when excluded
                            select i.invoice_date, l.quantity * l.unit_price from invoice_line l
                            join invoice i on i.tenant_id = l.tenant_id and i.id = l.invoice_id
                            where cast(:exclude as boolean) and l.kind = 'TRADE_IN'
                              and i.invoice_date between :from and :to and i.status = 'FINALIZED' and i.store_id = :store
                        ) x
                        group by 1""")
                .param("exclude", excludeTradeIns).param("from", first.atDay(1)).param("to", today)
                .param("store", store.value())
                .query((rs, n) -> byMonth.put(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getBigDecimal(2)))
                .list();
        List<String> months = new ArrayList<>();
        List<BigDecimal> thisYear = new ArrayList<>();
        List<BigDecimal> lastYear = new ArrayList<>();
        for (int back = 11; back >= 0; back--) {
            YearMonth month = current.minusMonths(back);
            months.add(month.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.US) + " "
                    + month.getYear() + (back == 0 ? " (to date)" : ""));
            thisYear.add(byMonth.getOrDefault(month, BigDecimal.ZERO).setScale(2, java.math.RoundingMode.HALF_UP));
            lastYear.add(byMonth.getOrDefault(month.minusYears(1), BigDecimal.ZERO)
                    .setScale(2, java.math.RoundingMode.HALF_UP));
        }
        return new SalesHistory(months, thisYear, lastYear, true, excludeTradeIns);
    }

    /** R6: the last few invoices, memos and items created in the store, newest first (each list only if allowed). */
    public List<Activity> recent(StoreId store, boolean invoices, boolean memos, List<Character> families, int limit) {
        List<Activity> all = new ArrayList<>();
        if (invoices) {
            all.addAll(jdbc.sql("""
                            select i.id, i.number, i.status, i.created_at,
                                   coalesce(nullif(trim(concat_ws(' ', c.first_name, c.last_name)), ''), c.company, 'Walk-in')
                            from invoice i left join contact c on c.tenant_id = i.tenant_id and c.id = i.customer_id
                            where i.store_id = ? order by i.id desc limit ?""")
                    .params(store.value(), limit)
                    .query((rs, n) -> new Activity("Invoice", "Invoice " + rs.getLong(2),
                            rs.getString(5) + " · " + rs.getString(3).charAt(0) + rs.getString(3).substring(1).toLowerCase(),
                            "/sales/invoices/" + rs.getLong(1), rs.getTimestamp(4).toInstant()))
                    .list());
        }
        if (memos) {
            all.addAll(jdbc.sql("""
                            select m.id, m.number, m.created_at,
                                   coalesce(nullif(trim(concat_ws(' ', c.first_name, c.last_name)), ''), c.company, '')
                            from memo m left join contact c on c.tenant_id = m.tenant_id and c.id = m.customer_id
                            where m.store_id = ? order by m.id desc limit ?""")
                    .params(store.value(), limit)
                    .query((rs, n) -> new Activity("Memo", "Memo " + rs.getLong(2), rs.getString(4),
                            "/sales/memos/" + rs.getLong(1), rs.getTimestamp(3).toInstant()))
                    .list());
        }
        if (!families.isEmpty()) {
            all.addAll(jdbc.sql("""
                            select i.id, i.stock_number, i.family, i.description, i.created_at from item i
                            where i.store_id = :store and i.family in (:families) order by i.id desc limit :limit""")
                    .param("store", store.value()).param("families", families.stream().map(String::valueOf).toList())
                    .param("limit", limit)
                    .query((rs, n) -> new Activity("Item", "StockID " + rs.getLong(2), rs.getString(4),
                            "/inventory/items/" + rs.getLong(1), rs.getTimestamp(5).toInstant()))
                    .list());
        }
        all.sort(java.util.Comparator.comparing(Activity::at).reversed());
        return all.size() > limit ? all.subList(0, limit) : all;
    }
}
